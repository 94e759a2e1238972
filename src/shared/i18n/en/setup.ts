// A new installation's first page (the first coordinator, or the demo), and what waits for an
// organisation contact on their start page.
export default {
  title: 'Set up crossmentor',
  intro: 'This installation is new. Create the first coordinator account, or try it with demo data.',
  coordinatorHeading: 'Create the first coordinator',
  coordinatorIntro:
    'The coordinator runs the programme: adds organisations, opens cycles and invites organisation contacts.',
  demoHeading: 'Or explore a demo',
  demoIntro:
    'Loads a fictional consortium with organisations, a cycle, mentors and mentees, and accounts for each role. Meant for trying crossmentor out, not for a real programme.',

  yourName: 'Your name',
  email: 'Email',
  password: 'Password',
  passwordHint: 'At least {min} characters. A few unrelated words make a strong, memorable password.',
  createCoordinator: 'Create coordinator account',

  loadDemo: 'Load demo consortium',
  loadingDemo: 'Loading the demo consortium…',
  demoLoaded: 'Demo consortium loaded',
  demoReady:
    '{organisations, plural, one {# organisation} other {# organisations}} and {participants, plural, one {# participant} other {# participants}} are ready. Every demo account uses the same password.',
  demoPassword: 'Demo password',
  demoAccounts: 'Demo accounts',
  columnEmail: 'Email',
  columnRole: 'Role',
  columnWho: 'Who this is',
  goToSignIn: 'Go to sign in',

  waitingHeading: 'Waiting for you',
  waitingProposals:
    '{count, plural, one {# proposal waits} other {# proposals wait}} for your approval in {cycle} — <link>Review the proposals</link>',
  nothingWaiting: 'Nothing waits for your approval right now.',
};
