// The demo consortium: a realistic programme to explore the product with. Deterministic, so the
// documented sign-ins always work.

export const DEMO_PASSWORD = 'mentoring-demo-2027';
export const DEMO_COORDINATOR_EMAIL = 'coordinator@demo.crossmentor.org';

export interface DemoOrganisation {
  name: string;
  industry: string;
  size: '1-49' | '50-249' | '250-999' | '1000-9999' | '10000+';
  website: string;
  domain: string;
  city: string;
  contact: string;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    name: 'Nordbank',
    industry: 'Banking',
    size: '10000+',
    website: 'https://nordbank.example',
    domain: 'nordbank.example',
    city: 'Hamburg',
    contact: 'Helga Brandt',
  },
  {
    name: 'Rhein Sparkasse',
    industry: 'Banking',
    size: '1000-9999',
    website: 'https://rhein-sparkasse.example',
    domain: 'rhein-sparkasse.example',
    city: 'Cologne',
    contact: 'Jonas Weber',
  },
  {
    name: 'Alpen Automotive',
    industry: 'Automotive',
    size: '10000+',
    website: 'https://alpen-automotive.example',
    domain: 'alpen-automotive.example',
    city: 'Munich',
    contact: 'Sabine Huber',
  },
  {
    name: 'Medisan Kliniken',
    industry: 'Healthcare',
    size: '1000-9999',
    website: 'https://medisan.example',
    domain: 'medisan.example',
    city: 'Berlin',
    contact: 'Dr. Aylin Kaya',
  },
  {
    name: 'Stadtwerke Lindenau',
    industry: 'Public utilities',
    size: '250-999',
    website: 'https://stadtwerke-lindenau.example',
    domain: 'stadtwerke-lindenau.example',
    city: 'Leipzig',
    contact: 'Markus Vogel',
  },
  {
    name: 'Pixelhafen',
    industry: 'Software',
    size: '50-249',
    website: 'https://pixelhafen.example',
    domain: 'pixelhafen.example',
    city: 'Hamburg',
    contact: 'Lena Petersen',
  },
  {
    name: 'Grünfeld Foods',
    industry: 'Food & retail',
    size: '1000-9999',
    website: 'https://gruenfeld-foods.example',
    domain: 'gruenfeld-foods.example',
    city: 'Frankfurt',
    contact: 'Thomas Richter',
  },
  {
    name: 'Kulturstiftung Elbe',
    industry: 'Non-profit',
    size: '1-49',
    website: 'https://kulturstiftung-elbe.example',
    domain: 'kulturstiftung-elbe.example',
    city: 'Dresden',
    contact: 'Miriam Schulz',
  },
  {
    name: 'Velox Logistics',
    industry: 'Logistics',
    size: '1000-9999',
    website: 'https://velox-logistics.example',
    domain: 'velox-logistics.example',
    city: 'Bremen',
    contact: 'Pieter de Vries',
  },
  {
    name: 'Südlicht Energie',
    industry: 'Energy',
    size: '250-999',
    website: 'https://suedlicht.example',
    domain: 'suedlicht.example',
    city: 'Stuttgart',
    contact: 'Claudia Neumann',
  },
];

/** Pairs of organisation names that compete and so are never matched across. */
export const demoCompetitors: [string, string][] = [
  ['Nordbank', 'Rhein Sparkasse'],
  ['Stadtwerke Lindenau', 'Südlicht Energie'],
];

const firstNames = [
  'Anna',
  'Sophie',
  'Julia',
  'Katharina',
  'Laura',
  'Marie',
  'Elif',
  'Sarah',
  'Hannah',
  'Lea',
  'Nina',
  'Fatma',
  'Ines',
  'Clara',
  'Johanna',
  'Mira',
  'Olga',
  'Paula',
  'Rana',
  'Tanja',
  'Ute',
  'Vera',
  'Yasmin',
  'Zoe',
  'Ben',
  'David',
  'Felix',
  'Lukas',
  'Murat',
  'Niklas',
  'Oliver',
  'Stefan',
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Meyer',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Klein',
  'Wolf',
  'Yilmaz',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Kowalski',
  'Nowak',
  'Rossi',
  'Dubois',
];
const menteeTitles = [
  'Team Lead',
  'Project Manager',
  'Senior Analyst',
  'Product Owner',
  'Group Lead',
  'Senior Engineer',
];
const mentorTitles = [
  'Head of Department',
  'Director',
  'Managing Director',
  'Vice President',
  'Chief Financial Officer',
  'Division Head',
];
const goalTopics = [
  'leading teams',
  'negotiation',
  'strategic thinking',
  'visibility and networking',
  'career planning',
  'change management',
  'work-life balance',
  'stakeholder management',
  'executive presence',
  'digital transformation',
  'first leadership role',
  'conflict resolution',
];
const languageSets = [
  ['de', 'en'],
  ['de'],
  ['en'],
  ['de', 'en', 'fr'],
  ['de', 'tr', 'en'],
  ['en', 'es'],
  ['de', 'pl'],
];

export interface DemoParticipant {
  organisation: string;
  role: 'mentor' | 'mentee';
  name: string;
  email: string;
  jobTitle: string;
  seniority: number;
  languages: string[];
  location: string;
  gender: 'female' | 'male' | 'non_binary' | 'undisclosed';
  goals: string;
  expertise: string;
  capacity: number;
}

function emailLocalPart(name: string) {
  return name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z]+/g, '.');
}

/** Four mentees and three mentors per organisation: 70 participants, most mentees women (a glass-ceiling programme). */
export function demoParticipants(): DemoParticipant[] {
  const people: DemoParticipant[] = [];
  let n = 0;
  for (const [o, organisation] of demoOrganisations.entries()) {
    for (let i = 0; i < 7; i++, n++) {
      const role = i < 4 ? 'mentee' : 'mentor';
      const first = firstNames[(n * 7 + o) % firstNames.length]!;
      const last = lastNames[(n * 5 + i) % lastNames.length]!;
      const name = `${first} ${last}`;
      const isMale = firstNames.indexOf(first) >= 24;
      const topicA = (n * 3) % goalTopics.length;
      const topicB = (n * 5 + 2) % goalTopics.length;
      const topics = [
        goalTopics[topicA]!,
        goalTopics[topicB === topicA ? (topicB + 1) % goalTopics.length : topicB]!,
      ];
      people.push({
        organisation: organisation.name,
        role,
        name,
        email: `${emailLocalPart(name)}${n}@${organisation.domain}`,
        jobTitle:
          role === 'mentee' ? menteeTitles[n % menteeTitles.length]! : mentorTitles[n % mentorTitles.length]!,
        seniority: role === 'mentee' ? 2 + (n % 2) : 4 + (n % 3),
        languages: languageSets[n % languageSets.length]!,
        location: n % 4 === 0 ? 'remote' : organisation.city,
        gender: n % 11 === 0 ? 'undisclosed' : isMale ? 'male' : 'female',
        goals: role === 'mentee' ? topics.join(', ') : '',
        expertise: role === 'mentor' ? topics.join(', ') : '',
        capacity: role === 'mentor' ? 1 + (n % 2) : 1,
      });
    }
  }
  return people;
}
