import type { ReactNode } from 'react';
import type { Participant, ParticipantRole } from '../../../../shared/contract/participants.ts';
import { participantRoleLabel } from '../../../lib/format.ts';
import { languageNames } from '../../../lib/languages.ts';
import { Empty } from '../../../lib/ui/status.tsx';

const nextStep = {
  mentor:
    'Your organisation has nominated you as a mentor. The coordinator matches you with a mentee from another organisation; you will see your tandem here once matching is published.',
  mentee:
    'Your organisation has nominated you as a mentee. The coordinator matches you with a mentor from another organisation; you will see your tandem here once matching is published.',
} as const;

/** What a mentor or mentee sees of their programme: each cycle they take part in and their profile. */
/** What a participant's goals are called: mentors pass something on. */
const goalsHeading: Record<ParticipantRole, string> = {
  mentor: 'What you want to pass on',
  mentee: 'Your goals',
};

export function MyParticipations({
  participations,
  actions,
}: {
  participations: readonly Participant[];
  /** Links the page adds per participation (edit profile, my tandem). */
  actions?: (participation: Participant) => ReactNode;
}) {
  if (!participations.length) {
    return (
      <Empty>
        <p>You are not part of a cycle yet. Your organisation contact will nominate you for the next one.</p>
      </Empty>
    );
  }
  return (
    <div className="cards">
      {participations.map((p) => (
        <section key={p.id} className="card" aria-labelledby={`participation-${p.id}`}>
          <h2 id={`participation-${p.id}`}>{p.cycleName}</h2>
          <p className="card__lead">
            {participantRoleLabel(p.role)} for {p.organisationName}
          </p>
          {actions ? actions(p) : <p>{nextStep[p.role]}</p>}
          <h3>Your profile</h3>
          <dl className="facts">
            <div>
              <dt>Job title</dt>
              <dd>{p.jobTitle || 'Not given'}</dd>
            </div>
            <div>
              <dt>Languages</dt>
              <dd>{languageNames(p.languages)}</dd>
            </div>
            <div>
              <dt>Location</dt>
              <dd>{p.location || 'Not given'}</dd>
            </div>
            {p.role === 'mentor' ? (
              <div>
                <dt>Mentees you can take</dt>
                <dd>{p.capacity}</dd>
              </div>
            ) : null}
          </dl>
          <h3>{goalsHeading[p.role]}</h3>
          <p className="prose">{p.goals || 'Not written yet.'}</p>
          <h3>Your expertise</h3>
          <p className="prose">{p.expertise || 'Not written yet.'}</p>
          <p className="muted">Something out of date? Your organisation contact can correct your profile.</p>
        </section>
      ))}
    </div>
  );
}
