import type { Translation } from '../catalogue.ts';
import type en from '../en/programme.ts';

export default {
  title: 'Mein Programm',
  welcome: 'Willkommen, {name}.',
  loading: 'Ihr Programm wird geladen …',
  myTandem: 'Mein Tandem<hidden> mit {name}</hidden>',
  tandemPartner:
    '{partnerRole, select, mentor {Mentorin oder Mentor in Ihrem Tandem} other {Mentee in Ihrem Tandem}}: {name} ({organisation})',
  nominatedWaiting:
    'Ihre Organisation hat Sie als {role, select, mentor {Mentorin oder Mentor} other {Mentee}} nominiert. Ihr Tandem sehen Sie hier, sobald das Matching veröffentlicht ist.',
  editProfile: 'Mein Profil bearbeiten<hidden> für {cycle}</hidden>',
  notInCycle:
    'Sie nehmen noch an keinem Durchgang teil. Die Ansprechperson Ihrer Organisation nominiert Sie für den nächsten.',
  roleFor: '{role} für {organisation}',
  nextStepMentor:
    'Ihre Organisation hat Sie als Mentorin oder Mentor nominiert. Die Koordination bringt Sie mit einer Person aus einer anderen Organisation zusammen, die als Mentee teilnimmt; Ihr Tandem sehen Sie hier, sobald das Matching veröffentlicht ist.',
  nextStepMentee:
    'Ihre Organisation hat Sie als Mentee nominiert. Die Koordination sucht für Sie eine Mentorin oder einen Mentor aus einer anderen Organisation; Ihr Tandem sehen Sie hier, sobald das Matching veröffentlicht ist.',
  yourProfile: 'Ihr Profil',
  jobTitle: 'Position',
  languages: 'Sprachen',
  location: 'Ort',
  notGiven: 'Nicht angegeben',
  capacity: 'Wie viele Mentees Sie begleiten können',
  goalsMentor: 'Was Sie weitergeben möchten',
  goalsMentee: 'Ihre Ziele',
  expertise: 'Ihre Fachgebiete',
  notWrittenYet: 'Noch nicht ausgefüllt.',
  outOfDate:
    'Ist etwas nicht mehr aktuell? Die Ansprechperson Ihrer Organisation kann Ihr Profil korrigieren.',
} satisfies Translation<typeof en>;
