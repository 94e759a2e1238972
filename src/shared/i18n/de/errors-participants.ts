import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-participants.ts';

export default {
  closedNoNewParticipants: 'Der Durchgang ist abgeschlossen; er nimmt keine neuen Teilnehmenden auf.',
  closedParticipantsFixed:
    'Der Durchgang ist abgeschlossen; seine Teilnehmenden können nicht mehr geändert werden.',
  hasAccount: '{email} hat bereits ein Konto.',
  organisationNotInCycle: 'Diese Organisation nimmt nicht an dem Durchgang teil.',
  organisationNotInCycleField: 'nimmt nicht an dem Durchgang teil',
  emailOfOtherOrganisation: 'Diese E-Mail-Adresse gehört einer Person aus einer anderen Organisation.',
  emailOfOtherOrganisationField: 'wird von einer anderen Organisation verwendet',
  takesPartAlready: 'Diese Person nimmt bereits an dem Durchgang teil.',
  takesPartAlreadyField: 'nimmt bereits an dem Durchgang teil',
  emailTaken: 'Eine andere Person oder ein anderes Konto hat diese E-Mail-Adresse bereits.',
  emailTakenField: 'ist bereits vergeben',
  participantChanged:
    'Die Angaben zu dieser teilnehmenden Person wurden geändert, seit Sie sie geladen haben. Laden Sie sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
} satisfies Translation<typeof en>;
