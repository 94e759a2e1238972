import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-alumni.ts';

export default {
  directoryNotFound:
    'Das Alumni-Verzeichnis wurde nicht gefunden. Es steht der Koordination offen und Personen, deren Durchgang mit einem Tandem abgeschlossen ist.',
  invitationNotFound: 'Die Einladung wurde nicht gefunden.',
  invitationCyclePhase:
    'Alumni können nur eingeladen werden, solange der Durchgang vorbereitet wird oder für Nominierungen offen ist; dieser Durchgang ist schon weiter.',
  notInvitable:
    '{count, plural, one {Eine genannte Person kann} other {# genannte Personen können}} nicht zu diesem Durchgang eingeladen werden: nicht als Mentorin oder Mentor unter den Alumni, schon dabei oder eingeladen, ohne Konto, oder die Organisation nimmt nicht teil. Es wurde niemand eingeladen.',
  invitationAnswered: 'Diese Einladung wurde bereits beantwortet.',
  invitationTooLate:
    'Dieser Durchgang nimmt keine neuen Teilnehmenden mehr auf; die Einladung kann daher nicht mehr angenommen werden. Ablehnen können Sie sie weiterhin.',
  organisationNotTakingPart:
    'Ihre Organisation nimmt an diesem Durchgang nicht teil; die Einladung kann daher nicht angenommen werden. Bitte wenden Sie sich an die Koordination.',
  takesPartAlready: 'Sie nehmen an diesem Durchgang bereits teil.',
  noMentorProfile: 'Es gibt kein früheres Profil als Mentorin oder Mentor, das übernommen werden könnte.',
} satisfies Translation<typeof en>;
