import type { Translation } from '../catalogue.ts';
import type en from '../en/tandems.ts';

export default {
  sectionTitle: 'Tandems',
  allTandems: 'Alle Tandems',
  loadingTandems: 'Tandems werden geladen …',
  loadingTandem: 'Das Tandem wird geladen …',
  myTandem: 'Mein Tandem',
  tandemTitle: 'Tandem: {mentee} und {mentor}',
  backToProgramme: '← Mein Programm',
  backToTandems: '← Tandems von {cycle}',

  empty: 'Es sind noch keine Tandems veröffentlicht.',
  columnMentee: 'Mentee',
  columnMentor: 'Mentorin oder Mentor',
  columnStatus: 'Status',
  columnPublished: 'Veröffentlicht',
  active: 'Aktiv',
  dissolved: 'Aufgelöst',
  dissolvedOn: 'Aufgelöst am {date}',

  personHeading: '{side, select, mentor {Mentorin oder Mentor} other {Mentee}}: {name}',
  noJobTitle: 'Keine Angabe zur Tätigkeit',
  email: 'E-Mail-Adresse',
  languages: 'Sprachen',
  location: 'Ort',
  notGiven: 'Keine Angabe',
  expertise: 'Fachgebiete',
  goals: 'Ziele',
  ended: 'Dieses Tandem ist beendet.',
  endedOn: 'Dieses Tandem endete am {date}.',
  endedReason: 'Grund: {reason}',
  welcome: 'Willkommen bei {cycle}!',
  welcomeText:
    'Sie und <b>{name}</b> ({organisation}) bilden ein Tandem: {side, select, mentee {{name} begleitet Sie als Mentorin oder Mentor.} other {Sie begleiten {name} als Mentorin oder Mentor.}} Schreiben Sie an <mail>{email}</mail>, um ein erstes Treffen zu vereinbaren.',
  stepIntroduce:
    'Stellen Sie sich einander vor und vereinbaren Sie, wie oft Sie sich treffen (etwa einmal im Monat hat sich bewährt).',
  stepGoals: 'Sprechen Sie über die Ziele für das Jahr und darüber, was zwischen Ihnen vertraulich bleibt.',
  stepFirstMeeting: 'Planen Sie das erste Treffen vor der Auftaktveranstaltung.',
  whyYou: 'Warum Sie ein Tandem bilden',
  whyThey: 'Warum die beiden ein Tandem bilden',
  publishedOn: 'Veröffentlicht am {date}.',

  dissolveHeading: 'Dieses Tandem auflösen',
  reason: 'Grund',
  reasonHint:
    'Wird mit der Geschichte des Tandems gespeichert und steht in den Matching-Regeln als Grund, warum die beiden nie wieder ein Tandem bilden. Danach können Sie eine neue Mentorin oder einen neuen Mentor suchen.',
  dissolve: 'Tandem auflösen',
  dissolveOpen: 'Auflösen …',
  rematchHeading: '{name} neu zuordnen',
  rematchText:
    'Schlägt nach den Regeln des Durchgangs bis zu drei Mentorinnen oder Mentoren mit freien Plätzen vor. Die bisherige Mentorin oder der bisherige Mentor von {name} wird nicht wieder vorgeschlagen, es sei denn, Sie heben diesen Ausschluss in den Matching-Regeln auf.',
  proposeMentor: 'Neue Mentorin oder neuen Mentor vorschlagen',
  alternatives:
    '{count, plural, one {Eine Mentorin oder ein Mentor passt zu den Regeln:} other {Die # am besten passenden Mentorinnen und Mentoren im Rahmen der Regeln, die beste Wahl zuerst:}}',
  mentorsFor: 'Mentorinnen und Mentoren für {name}',
  alternative: '<b>{mentor}</b> ({organisation}), Punktzahl {score}',
  makeTandem: 'Tandem mit {mentor} bilden',
  noMentorFree: 'Für {name} ist keine Mentorin und kein Mentor frei: {reasons}',
  noMentorFreeNoPlaces:
    'Für {name} ist keine Mentorin und kein Mentor frei: Es sind keine Plätze mehr übrig.',

  csvSeparator: 'Trennzeichen der Tandem-CSV-Datei',
  exportCsv: 'Tandems als CSV exportieren',
} satisfies Translation<typeof en>;
