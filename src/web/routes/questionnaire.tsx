import { useState } from 'react';
import type { ProfileView } from '../../shared/contract/matching.ts';
import { questionnaireMessages } from '../../shared/i18n/questionnaire.ts';
import { listMyParticipations } from '../features/programme/api/programme.ts';
import {
  getMyProfile,
  getProfileStatus,
  getQuestionnaire,
} from '../features/questionnaire/api/questionnaire.ts';
import { ProfileForm } from '../features/questionnaire/components/profile-form.tsx';
import { ProfileStatus } from '../features/questionnaire/components/profile-status.tsx';
import { QuestionnaireForm } from '../features/questionnaire/components/questionnaire-form.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';

/** Whom a participant is matched with. */
const partnerRole = { mentee: 'mentor', mentor: 'mentee' } as const;

export function CycleQuestionnairePage({ id }: { id: string }) {
  const t = useMessages(questionnaireMessages);
  const questionnaire = useResource(`questionnaire-${id}`, (signal) => getQuestionnaire(id, signal));
  return (
    <CycleSection cycleId={id} section={t('sectionQuestionnaire')} intro={<p>{t('questionnaireIntro')}</p>}>
      {() => (
        <Loaded resource={questionnaire} loading={t('loadingQuestionnaire')}>
          {(q) => (
            // A reload after a stale save brings a new version: the form starts from it.
            <QuestionnaireForm
              key={q.version}
              cycleId={id}
              questionnaire={q}
              onSaved={() => undefined}
              onStale={questionnaire.reload}
            />
          )}
        </Loaded>
      )}
    </CycleSection>
  );
}

export function CycleProfileStatusPage({ id }: { id: string }) {
  const t = useMessages(questionnaireMessages);
  const status = useResource(`profile-status-${id}`, (signal) => getProfileStatus(id, signal));
  return (
    <CycleSection cycleId={id} section={t('sectionProfileStatus')} intro={<p>{t('profileStatusIntro')}</p>}>
      {() => (
        <Loaded resource={status} loading={t('loadingProfileStatus')}>
          {(rows) => <ProfileStatus cycleId={id} rows={rows} onReminded={status.reload} />}
        </Loaded>
      )}
    </CycleSection>
  );
}

/** A participant fills in their own profile for one of their cycles. */
export function MyProfilePage({ participantId }: { participantId: string }) {
  const t = useMessages(questionnaireMessages);
  const loaded = useResource(`my-profile-${participantId}`, async (signal) => {
    const [profile, participations] = await Promise.all([
      getMyProfile(participantId, signal),
      listMyParticipations(signal),
    ]);
    const participation = participations.find((p) => p.id === participantId);
    const questionnaire = participation ? await getQuestionnaire(participation.cycleId, signal) : null;
    return { profile, cycleName: participation?.cycleName ?? '', topics: questionnaire?.topics ?? [] };
  });
  const [saved, setSaved] = useState<ProfileView | null>(null);
  return (
    <Loaded resource={loaded} loading={t('loadingMyProfile')}>
      {({ profile, cycleName, topics }) => (
        <Page
          title={t('myProfileTitle')}
          intro={<p>{t('myProfileIntro', { cycleName, partnerRole: partnerRole[profile.role] })}</p>}
        >
          <p>
            <Link to="/my-programme">{t('backToMyProgramme')}</Link>
          </p>
          {(saved ?? profile).completedAt ? null : (
            <p className="notice notice--info">{t('profileNotFinished')}</p>
          )}
          <ProfileForm
            // A reload after a stale save brings a new version: the form starts from it.
            key={profile.version}
            profile={profile}
            topics={topics}
            onSaved={setSaved}
            onStale={() => {
              setSaved(null);
              loaded.reload();
            }}
          />
        </Page>
      )}
    </Loaded>
  );
}
