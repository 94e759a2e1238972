// The server's refusals about certificates of participation.
export default {
  noCertificate:
    'There is no certificate for this participation: certificates are given once the cycle has closed, to mentors and mentees whose tandem lasted at least until the cycle’s midpoint.',
  certificateWithheld:
    'This certificate is being withheld by the programme’s coordination. Please contact them if you have questions about it.',
  notCompleted:
    'This participation did not complete its cycle, so it has no certificate to withhold or reissue.',
  nothingToReissue:
    'This certificate has no number yet: it gets one when it is first downloaded, so there is nothing to reissue.',
};
