import type { Participant } from '../../../../shared/contract/participants.ts';
import { SENIORITY_LEVELS } from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { formatNumber, genderLabel, participantRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { languageNames } from '../../../lib/languages.ts';

export function ParticipantProfile({ participant: p }: { participant: Participant }) {
  const t = useMessages(participantsMessages);
  const facts: [string, string][] = [
    [t('role'), participantRoleLabel(p.role)],
    [t('organisation'), p.organisationName],
    [t('cycle'), p.cycleName],
    [t('email'), p.email],
    [t('jobTitle'), p.jobTitle || t('notGiven')],
    [
      t('seniority'),
      p.seniority ? t('seniorityOf', { level: p.seniority, levels: SENIORITY_LEVELS }) : t('notGiven'),
    ],
    [t('languages'), languageNames(p.languages)],
    [t('location'), p.location || t('notGiven')],
    [t('gender'), genderLabel(p.gender)],
    ...(p.role === 'mentor' ? [[t('capacity'), formatNumber(p.capacity)] as [string, string]] : []),
    [t('account'), p.hasAccount ? t('signedUp') : t('notSignedUp')],
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
      <h2>{t('goals')}</h2>
      <p className="prose">{p.goals || t('noGoals')}</p>
      <h2>{t('expertise')}</h2>
      <p className="prose">{p.expertise || t('noExpertise')}</p>
    </>
  );
}
