import type { Translation } from '../catalogue.ts';
import type en from '../en/my-organisation.ts';

export default {
  loading: 'Ihre Organisation wird geladen …',
  intro:
    'Sie sind Ansprechperson dieser Organisation: Sie nominieren die Teilnehmenden Ihrer Organisation und behalten sie im Blick.',
  peopleHeading: 'Ihre Teilnehmenden',
  seeParticipants: 'Teilnehmende ansehen',
  addParticipant: 'Teilnehmende Person hinzufügen',
  importCsv: 'CSV-Datei importieren',
  exportCsv: 'Als CSV exportieren',
  cyclesHeading: 'Durchgänge, an denen Sie teilnehmen',
  cyclesEmpty:
    'Ihre Organisation nimmt noch an keinem Durchgang teil. Die Koordination nimmt sie in einen Durchgang auf.',
  contactsHeading: 'Ansprechpersonen der Organisation',
  noOrganisationTitle: 'Ihre Organisation',
  noOrganisation:
    'Ihr Konto ist mit keiner Organisation verknüpft. Bitte wenden Sie sich an die Koordination, damit sie Ihr Konto prüft.',
} satisfies Translation<typeof en>;
