// Certificates of participation: the PDF itself, the participant's programme page and the
// coordinator's list on the cycle's tandems page.
export default {
  // The PDF
  documentTitle: 'Certificate of participation: {name}, {cycle}',
  title: 'Certificate of participation',
  certifies: 'This is to certify that',
  tookPart:
    '{role, select, mentee {took part as a mentee in the cross-organisational mentoring programme} other {took part as a mentor in the cross-organisational mentoring programme}}',
  period: 'from {start} to {end}',
  organisation: 'Organisation: {organisation}',
  roleLabel: 'Role: {role, select, mentee {Mentee} other {Mentor}}',
  coordinatorRole: 'for the programme’s coordination',
  issuedOn: 'Issued on {date}',
  number: 'Certificate no. {number}',

  // The participant's programme page
  heading: 'Certificate of participation',
  download: 'Download your certificate <hidden>for {cycle} </hidden>(PDF)',
  availableNote:
    'The cycle has closed and you completed it: your certificate names you, your role, the programme, its period and your organisation, nothing of your tandem.',
  notCompletedNote:
    'The cycle has closed. Certificates are given to mentors and mentees whose tandem lasted at least until the cycle’s midpoint; yours did not, so there is no certificate for this cycle.',
  withheldNote:
    'Your certificate is being withheld by the programme’s coordination. Please contact them if you have questions about it.',

  // The coordinator's list
  sectionTitle: 'Certificates of participation',
  sectionIntro:
    'Mentors and mentees whose tandem lasted at least until the cycle’s midpoint download their certificate once the cycle has closed. Withhold one to stop its download; reissue it to give it a new number (after a name was corrected) and to lift a withholding.',
  loading: 'Loading certificates …',
  empty: 'Nobody in this cycle has had a tandem yet.',
  columnPerson: 'Person',
  columnState: 'Certificate',
  columnNumber: 'Number',
  columnActions: 'Actions',
  role: '{role, select, mentee {Mentee} other {Mentor}}',
  statePending: 'When the cycle closes',
  stateNotCompleted: 'Not completed',
  stateWithheld: 'Withheld',
  stateAvailable: 'Available',
  withheldBecause: 'Withheld: {reason}',
  noNumber: 'None yet',
  numberReissued: '{number} (reissued {count, plural, one {once} other {# times}})',
  withhold: 'Withhold <hidden>the certificate of {name}</hidden>',
  reissue: 'Reissue <hidden>the certificate of {name}</hidden>',
  withholdReason: 'Why is the certificate of {name} withheld?',
  withholdReasonHint:
    'Only the coordination reads the reason; the person is told that the certificate is withheld, not why.',
  confirmWithhold: 'Withhold the certificate',
  withheldDone: 'The certificate of {name} is withheld.',
  reissuedDone: 'The certificate of {name} was reissued as {number}.',
};
