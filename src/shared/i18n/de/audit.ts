import type { Translation } from '../catalogue.ts';
import type en from '../en/audit.ts';

export default {
  title: 'Protokoll',
  intro: 'Änderungen, Exporte und Abrufe personenbezogener Daten anderer Personen, die neuesten zuerst.',
  filterLabel: 'Protokoll filtern',
  action: 'Aktion',
  actionHint: 'Der genaue Name der Aktion, zum Beispiel participants.exported',
  filter: 'Filtern',
  loading: 'Das Protokoll wird geladen …',
  emptyForAction: 'Keine Einträge für die Aktion „{action}“.',
  empty: 'Das Protokoll ist leer.',
  table: 'Einträge im Protokoll',
  when: 'Wann',
  who: 'Wer',
  target: 'Betrifft',
  details: 'Einzelheiten',
  ip: 'IP-Adresse',
  system: 'System',
  shown: '{count, plural, one {# Eintrag angezeigt.} other {# Einträge angezeigt.}}',
  oldest: 'Dies ist der älteste Eintrag.',
  loadingOlder: 'Wird geladen …',
  older: 'Ältere Einträge',
} satisfies Translation<typeof en>;
