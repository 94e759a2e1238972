import type { Organisation } from '../../../../shared/contract/organisations.ts';
import { plural } from '../../../lib/format.ts';

type Props = { organisation: Organisation; organisations: readonly Organisation[] };

export function OrganisationFacts({ organisation, organisations }: Props) {
  const competitors = organisation.competitorIds
    .map((id) => organisations.find((o) => o.id === id)?.name)
    .filter((n): n is string => Boolean(n));
  return (
    <dl className="facts">
      <div>
        <dt>Industry</dt>
        <dd>{organisation.industry || 'Not given'}</dd>
      </div>
      <div>
        <dt>Size</dt>
        <dd>{organisation.size ? `${organisation.size} staff` : 'Not given'}</dd>
      </div>
      <div>
        <dt>Website</dt>
        <dd>
          {organisation.website ? (
            <a href={organisation.website} rel="noopener noreferrer" target="_blank">
              {organisation.website}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            'Not given'
          )}
        </dd>
      </div>
      <div>
        <dt>Participants</dt>
        <dd>{organisation.participantCount}</dd>
      </div>
      <div>
        <dt>Competitors</dt>
        <dd>
          {competitors.length
            ? competitors.join(', ')
            : organisation.competitorIds.length
              ? plural(organisation.competitorIds.length, 'organisation')
              : 'None'}
        </dd>
      </div>
    </dl>
  );
}
