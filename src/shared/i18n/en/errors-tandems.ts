// The server's refusals about tandems: seeing, dissolving and starting them.
export default {
  noOrganisation: 'This account belongs to no organisation.',
  tandemEnded: 'This tandem has ended; it can no longer be changed.',
  dissolvedAlready: 'This tandem has been dissolved already.',
  activeTandemAlready: '{name} has an active tandem already.',
  menteeInActiveTandem: 'This mentee has an active tandem; dissolve it first.',
};
