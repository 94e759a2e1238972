import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-cycles.ts';

export default {
  statusName:
    '{status, select, draft {Entwurf} open {offen für Nominierungen} matching {Matching} running {laufend} other {abgeschlossen}}',
  statusNameInList:
    '{status, select, draft {„Entwurf“} open {„offen für Nominierungen“} matching {„Matching“} running {„laufend“} other {„abgeschlossen“}}',
  statusMoveRefused:
    '{from, select, draft {Ein Durchgang im Entwurf} open {Ein für Nominierungen offener Durchgang} matching {Ein Durchgang im Matching} running {Ein laufender Durchgang} other {Ein abgeschlossener Durchgang}} kann nicht in die Phase „{to}“ wechseln, nur in {moves}.',
  statusMoveRefusedFinal:
    '{from, select, draft {Ein Durchgang im Entwurf} open {Ein für Nominierungen offener Durchgang} matching {Ein Durchgang im Matching} running {Ein laufender Durchgang} other {Ein abgeschlossener Durchgang}} kann nicht in die Phase „{to}“ wechseln; er ist endgültig.',
  runningWithTandems:
    'Dieser Durchgang läuft mit {count, plural, one {# aktiven Tandem} other {# aktiven Tandems}}, deren Erinnerungen, Warnhinweise und Umfragen von ihm abhängen; er kann erst am Ende des Tandemjahres abgeschlossen werden.',
  draftInApproval:
    'Der Entwurf liegt den Organisationen zur Freigabe vor; ginge der Durchgang zurück zu den Nominierungen, begännen die Erinnerungen an die Profile wieder, während die Organisationen noch entscheiden. Veröffentlichen Sie zuerst die freigegebenen Tandems.',
  closedNoPublishing:
    'Dieser Durchgang ist abgeschlossen, daher werden in ihm keine Tandems mehr veröffentlicht; veröffentlichen Sie in einem Durchgang, der nicht abgeschlossen ist.',
  closedNoJoining: 'Einem abgeschlossenen Durchgang können keine Organisationen mehr beitreten.',
  organisationHasParticipants:
    'Diese Organisation hat noch {count, plural, one {# teilnehmende Person} other {# Teilnehmende}} in diesem Durchgang; entfernen Sie diese zuerst.',
  cycleChanged:
    'Dieser Durchgang wurde geändert, seit Sie ihn geladen haben. Laden Sie ihn neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
  endsBeforeStart: 'Der Durchgang muss nach seinem Beginn enden.',
  endsBeforeStartField: 'muss nach dem Startdatum liegen',
} satisfies Translation<typeof en>;
