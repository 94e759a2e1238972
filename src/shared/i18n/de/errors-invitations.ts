import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-invitations.ts';

export default {
  contactsByCoordinator: 'Nur die Koordination lädt Ansprechpersonen von Organisationen ein.',
  contactInvitationsByCoordinator: 'Nur die Koordination kann Einladungen von Ansprechpersonen zurückziehen.',
  acceptedAlready:
    '{email} hat diese Einladung bereits angenommen; sie kann nicht mehr zurückgezogen werden.',
  hasAccount: '{email} hat bereits ein Konto.',
  hasAccountField: 'hat bereits ein Konto',
  hasAccountSignIn: '{email} hat bereits ein Konto. Bitte melden Sie sich an.',
  linkUsed: 'Diese Einladung wurde bereits verwendet. Bitte melden Sie sich an.',
  linkWithdrawn:
    'Diese Einladung wurde zurückgezogen. Bitten Sie die Person, die Sie eingeladen hat, um eine neue.',
  linkInvalid: 'Dieser Einladungslink ist nicht gültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
} satisfies Translation<typeof en>;
