import type { Participant } from '../../../../shared/contract/participants.ts';
import { genderLabel, participantRoleLabel } from '../../../lib/format.ts';
import { languageNames } from '../../../lib/languages.ts';

export function ParticipantProfile({ participant: p }: { participant: Participant }) {
  const facts: [string, string][] = [
    ['Role', participantRoleLabel(p.role)],
    ['Organisation', p.organisationName],
    ['Cycle', p.cycleName],
    ['Email', p.email],
    ['Job title', p.jobTitle || 'Not given'],
    ['Seniority', p.seniority ? `${p.seniority} of 6` : 'Not given'],
    ['Languages', languageNames(p.languages)],
    ['Location', p.location || 'Not given'],
    ['Gender', genderLabel(p.gender)],
    ...(p.role === 'mentor'
      ? [['Mentees this mentor can take', String(p.capacity)] as [string, string]]
      : []),
    ['Account', p.hasAccount ? 'Signed up' : 'Not invited or not accepted yet'],
  ];
  return (
    <>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>Goals</h2>
      <p className="prose">{p.goals || 'No goals written yet.'}</p>
      <h2>Expertise</h2>
      <p className="prose">{p.expertise || 'No expertise written yet.'}</p>
    </>
  );
}
