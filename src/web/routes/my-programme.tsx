import { listMyParticipations } from '../features/programme/api/programme.ts';
import { MyParticipations } from '../features/programme/components/my-participations.tsx';
import { listTandems } from '../features/tandems/api/tandems.ts';
import { participantRoleLabel } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

export function MyProgrammePage() {
  const { account } = useSession();
  const data = useResource('me', async (signal) => {
    const [participations, tandems] = await Promise.all([
      listMyParticipations(signal),
      listTandems(undefined, signal),
    ]);
    return { participations, tandems };
  });
  return (
    <Page title="My programme" intro={<p>Welcome, {account.name}.</p>}>
      <Loaded resource={data} loading="Loading your programme…">
        {({ participations, tandems }) => (
          <MyParticipations
            participations={participations}
            actions={(p) => {
              const mine = tandems.filter(
                (t) => t.mentee.participantId === p.id || t.mentor.participantId === p.id,
              );
              const active = mine.filter((t) => t.status === 'active');
              return (
                <>
                  {active.length ? (
                    <p>
                      {active.map((t) => {
                        const partner = t.mentee.participantId === p.id ? t.mentor : t.mentee;
                        return (
                          <span key={t.id} className="button-row">
                            <Link to={`/tandems/${t.id}`} className="button">
                              My tandem
                              <span className="visually-hidden"> with {partner.name}</span>
                            </Link>
                            <span>
                              Your {t.mentee.participantId === p.id ? 'mentor' : 'mentee'}: {partner.name} (
                              {partner.organisationName})
                            </span>
                          </span>
                        );
                      })}
                    </p>
                  ) : (
                    <p>
                      Your organisation has nominated you as a {participantRoleLabel(p.role).toLowerCase()}.
                      You will see your tandem here once the matching is published.
                    </p>
                  )}
                  <p>
                    <Link to={`/my-programme/profiles/${p.id}`} className="button button--secondary">
                      Edit my profile<span className="visually-hidden"> for {p.cycleName}</span>
                    </Link>
                  </p>
                </>
              );
            }}
          />
        )}
      </Loaded>
    </Page>
  );
}
