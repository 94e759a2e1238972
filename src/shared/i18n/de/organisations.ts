import type { Translation } from '../catalogue.ts';
import type en from '../en/organisations.ts';

export default {
  title: 'Organisationen',
  intro:
    'Die Mitglieder des Verbunds. Jede Organisation benennt Ansprechpersonen, die ihre Leute für das Programm nominieren.',
  addOrganisation: 'Organisation anlegen',
  loadingOrganisations: 'Organisationen werden geladen …',
  loading: 'Wird geladen …',
  loadingOrganisation: 'Die Organisation wird geladen …',
  editOrganisation: 'Organisation bearbeiten',
  allOrganisations: '← Alle Organisationen',
  participantsHeading: 'Teilnehmende',
  seeParticipants:
    '{count, plural, one {Die teilnehmende Person von {name} ansehen} other {Die # Teilnehmenden von {name} ansehen}}',
  cyclesHeading: 'Durchgänge',
  cycleLine: '<link>{name}</link> – {status}',
  noCycles:
    'Diese Organisation nimmt noch an keinem Durchgang teil. Sie können sie auf der Seite eines Durchgangs aufnehmen.',
  contactsHeading: 'Ansprechpersonen der Organisation',
  inviteContactHeading: 'Ansprechperson einladen',
  inviteContactIntro:
    'Die Ansprechperson erhält einen Link, mit dem sie ihr Konto anlegt; danach nominiert sie die Leute dieser Organisation.',
  deleteHeading: 'Organisation löschen',
  deleteIntro: 'Beim Löschen wird die Organisation endgültig aus dem Verbund entfernt.',
  deleteQuestion: '{name} löschen? Das lässt sich nicht rückgängig machen.',
  deleteConfirm: 'Ja, {name} löschen',
  deleteWhenEmpty:
    'Eine Organisation lässt sich löschen, sobald ihr niemand mehr angehört und sie an keinem Durchgang teilnimmt.',

  noContacts: 'Noch hat keine Ansprechperson dieser Organisation ein Konto.',
  contactDisabled: 'Deaktiviert',

  name: 'Name',
  industry: 'Branche',
  size: 'Größe',
  sizeStaff: '{size} Beschäftigte',
  website: 'Website',
  websiteHint: 'Zum Beispiel https://example.org',
  opensInNewTab: ' (öffnet in einem neuen Tab)',
  participants: 'Teilnehmende',
  contacts: 'Ansprechpersonen',
  competitors: 'Wettbewerber',
  competitorsHint:
    'Mentees werden nie mit einer Mentorin oder einem Mentor aus einer Organisation im Wettbewerb zusammengebracht.',
  competitorsCount: '{count, plural, one {# Organisation} other {# Organisationen}}',
  competitorsNone: 'Keine',
  competitorsError: 'Wettbewerber: {error}',
  noOtherOrganisations: 'Es gibt noch keine anderen Organisationen.',
  notGiven: 'Nicht angegeben',
  saveOrganisation: 'Organisation speichern',

  emptyList:
    'Noch keine Organisationen. Legen Sie das erste Mitglied des Verbunds an, um einen Durchgang zu beginnen.',
} satisfies Translation<typeof en>;
