import type { Organisation } from '../../../../shared/contract/organisations.ts';
import { formatList } from '../../../../shared/i18n/formats.ts';
import { organisationsMessages } from '../../../../shared/i18n/organisations.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';

type Props = { organisation: Organisation; organisations: readonly Organisation[] };

export function OrganisationFacts({ organisation, organisations }: Props) {
  const t = useMessages(organisationsMessages);
  const { language } = useLanguage();
  const competitors = organisation.competitorIds
    .map((id) => organisations.find((o) => o.id === id)?.name)
    .filter((n): n is string => Boolean(n));
  return (
    <dl className="facts">
      <div>
        <dt>{t('industry')}</dt>
        <dd>{organisation.industry || t('notGiven')}</dd>
      </div>
      <div>
        <dt>{t('size')}</dt>
        <dd>{organisation.size ? t('sizeStaff', { size: organisation.size }) : t('notGiven')}</dd>
      </div>
      <div>
        <dt>{t('website')}</dt>
        <dd>
          {organisation.website ? (
            <a href={organisation.website} rel="noopener noreferrer" target="_blank">
              {organisation.website}
              <span className="visually-hidden">{t('opensInNewTab')}</span>
            </a>
          ) : (
            t('notGiven')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('participants')}</dt>
        <dd>{formatNumber(organisation.participantCount)}</dd>
      </div>
      <div>
        <dt>{t('competitors')}</dt>
        <dd>
          {competitors.length
            ? formatList(language, competitors)
            : organisation.competitorIds.length
              ? t('competitorsCount', { count: organisation.competitorIds.length })
              : t('competitorsNone')}
        </dd>
      </div>
    </dl>
  );
}
