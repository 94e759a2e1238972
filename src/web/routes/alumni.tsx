import { alumniMessages } from '../../shared/i18n/alumni.ts';
import { AlumniDirectory } from '../features/alumni/components/alumni-directory.tsx';
import { InviteAlumniMentors } from '../features/alumni/components/invite-alumni-mentors.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Page } from '../lib/ui/page.tsx';
import { CycleSection } from './cycle-sections.tsx';

/** The alumni directory, for the coordinator and alumni (anyone else gets the server's 404). */
export function AlumniDirectoryPage() {
  const t = useMessages(alumniMessages);
  return (
    <Page title={t('directoryTitle')} intro={<p>{t('directoryIntro')}</p>}>
      <AlumniDirectory />
    </Page>
  );
}

/** The cycle's alumni page for the coordinator: invite alumni mentors to take part again. */
export function CycleAlumniPage({ id }: { id: string }) {
  const t = useMessages(alumniMessages);
  return (
    <CycleSection cycleId={id} section={t('inviteSection')}>
      {() => <InviteAlumniMentors cycleId={id} />}
    </CycleSection>
  );
}
