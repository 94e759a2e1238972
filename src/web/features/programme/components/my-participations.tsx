import type { ReactNode } from 'react';
import type { Participant, ParticipantRole } from '../../../../shared/contract/participants.ts';
import { programmeMessages } from '../../../../shared/i18n/programme.ts';
import { formatNumber, participantRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { languageNames } from '../../../lib/languages.ts';
import { Empty } from '../../../lib/ui/status.tsx';

/** What comes next for a participant whose tandem is not published yet. */
const nextStepKeys = { mentor: 'nextStepMentor', mentee: 'nextStepMentee' } as const;

/** What a participant's goals are called: mentors pass something on. */
const goalsHeadingKeys: Record<ParticipantRole, 'goalsMentor' | 'goalsMentee'> = {
  mentor: 'goalsMentor',
  mentee: 'goalsMentee',
};

/** What a mentor or mentee sees of their programme: each cycle they take part in and their profile. */
export function MyParticipations({
  participations,
  actions,
}: {
  participations: readonly Participant[];
  /** Links the page adds per participation (edit profile, my tandem). */
  actions?: (participation: Participant) => ReactNode;
}) {
  const t = useMessages(programmeMessages);
  if (!participations.length) {
    return (
      <Empty>
        <p>{t('notInCycle')}</p>
      </Empty>
    );
  }
  return (
    <div className="cards">
      {participations.map((p) => (
        <section key={p.id} className="card" aria-labelledby={`participation-${p.id}`}>
          <h2 id={`participation-${p.id}`}>{p.cycleName}</h2>
          <p className="card__lead">
            {t('roleFor', { role: participantRoleLabel(p.role), organisation: p.organisationName })}
          </p>
          {actions ? actions(p) : <p>{t(nextStepKeys[p.role])}</p>}
          <h3>{t('yourProfile')}</h3>
          <dl className="facts">
            <div>
              <dt>{t('jobTitle')}</dt>
              <dd>{p.jobTitle || t('notGiven')}</dd>
            </div>
            <div>
              <dt>{t('languages')}</dt>
              <dd>{languageNames(p.languages)}</dd>
            </div>
            <div>
              <dt>{t('location')}</dt>
              <dd>{p.location || t('notGiven')}</dd>
            </div>
            {p.role === 'mentor' ? (
              <div>
                <dt>{t('capacity')}</dt>
                <dd>{formatNumber(p.capacity)}</dd>
              </div>
            ) : null}
          </dl>
          <h3>{t(goalsHeadingKeys[p.role])}</h3>
          <p className="prose">{p.goals || t('notWrittenYet')}</p>
          <h3>{t('expertise')}</h3>
          <p className="prose">{p.expertise || t('notWrittenYet')}</p>
          <p className="muted">{t('outOfDate')}</p>
        </section>
      ))}
    </div>
  );
}
