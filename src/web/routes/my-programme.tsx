import type { ReactNode } from 'react';
import { programmeMessages } from '../../shared/i18n/programme.ts';
import { getMyAlumni } from '../features/alumni/api/alumni.ts';
import { MyAlumniSection } from '../features/alumni/components/my-alumni.tsx';
import { listMyCertificates } from '../features/certificates/api/certificates.ts';
import { MyCertificateNotice } from '../features/certificates/components/my-certificate.tsx';
import { MyEvents } from '../features/events/components/my-events.tsx';
import { listMyParticipations } from '../features/programme/api/programme.ts';
import { MyParticipations } from '../features/programme/components/my-participations.tsx';
import { listTandems } from '../features/tandems/api/tandems.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

export function MyProgrammePage() {
  const { account } = useSession();
  const t = useMessages(programmeMessages);
  const data = useResource('me', async (signal) => {
    const [participations, tandems, certificates, alumni] = await Promise.all([
      listMyParticipations(signal),
      listTandems(undefined, signal),
      listMyCertificates(signal),
      getMyAlumni(signal),
    ]);
    return { participations, tandems, certificates, alumni };
  });
  return (
    <Page title={t('title')} intro={<p>{t('welcome', { name: account.name })}</p>}>
      <Loaded resource={data} loading={t('loading')}>
        {({ participations, tandems, certificates, alumni }) => (
          <>
            <MyAlumniSection alumni={alumni} onAnswered={data.reload} />
            <MyParticipations
              participations={participations}
              actions={(p) => {
                const mine = tandems.filter(
                  (tandem) => tandem.mentee.participantId === p.id || tandem.mentor.participantId === p.id,
                );
                const active = mine.filter((tandem) => tandem.status === 'active');
                return (
                  <>
                    {active.length ? (
                      <p>
                        {active.map((tandem) => {
                          const isMentee = tandem.mentee.participantId === p.id;
                          const partner = isMentee ? tandem.mentor : tandem.mentee;
                          return (
                            <span key={tandem.id} className="button-row">
                              <Link to={`/tandems/${tandem.id}`} className="button">
                                {t.rich('myTandem', { name: partner.name, hidden })}
                              </Link>
                              <span>
                                {t('tandemPartner', {
                                  partnerRole: isMentee ? 'mentor' : 'mentee',
                                  name: partner.name,
                                  organisation: partner.organisationName,
                                })}
                              </span>
                            </span>
                          );
                        })}
                      </p>
                    ) : (
                      <p>{t('nominatedWaiting', { role: p.role })}</p>
                    )}
                    <MyCertificateNotice certificate={certificates.find((c) => c.participantId === p.id)} />
                    <p>
                      <Link to={`/my-programme/profiles/${p.id}`} className="button button--secondary">
                        {t.rich('editProfile', { cycle: p.cycleName, hidden })}
                      </Link>
                    </p>
                  </>
                );
              }}
            />
          </>
        )}
      </Loaded>
      <MyEvents />
    </Page>
  );
}
