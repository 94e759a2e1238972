import {
  type ParticipantCsvColumn,
  participantCsvColumns,
  participantCsvGermanColumns,
  requiredParticipantCsvColumns,
} from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { useMessages } from '../../../lib/i18n.tsx';

/** What each column holds, as keys of the participants catalogue. */
const meaningKeys = {
  email: 'columnEmail',
  name: 'columnName',
  organisation: 'columnOrganisation',
  role: 'columnRole',
  job_title: 'columnJobTitle',
  seniority: 'columnSeniority',
  languages: 'columnLanguages',
  location: 'columnLocation',
  gender: 'columnGender',
  goals: 'columnGoals',
  expertise: 'columnExpertise',
  capacity: 'columnCapacity',
} as const satisfies Record<ParticipantCsvColumn, string>;

/**
 * The columns the importer reads, from the same list the server uses, with a header-only template.
 * The names are the file format and stay English in every interface language; the German names the
 * import accepts as well stand beside them.
 */
export function CsvColumnsHelp({ organisationOptional }: { organisationOptional: boolean }) {
  const t = useMessages(participantsMessages);
  const required = new Set<string>(requiredParticipantCsvColumns);
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`${participantCsvColumns.join(',')}\r\n`)}`;
  return (
    <details className="help">
      <summary>{t('columnsSummary')}</summary>
      <p>
        {t.rich('columnsIntro', {
          template: (chunks) => (
            <a href={template} download="participants-template.csv">
              {chunks}
            </a>
          ),
        })}
      </p>
      <p>{t('columnsLanguage')}</p>
      <dl className="columns">
        {participantCsvColumns.map((c) => (
          <div key={c}>
            <dt>
              <ColumnNames column={c} />
              {required.has(c) ? <span className="badge">{t('required')}</span> : null}
            </dt>
            <dd>
              {t(c === 'organisation' && organisationOptional ? 'columnOrganisationOwn' : meaningKeys[c])}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A column's name, and its German name where that is another word. */
function ColumnNames({ column }: { column: ParticipantCsvColumn }) {
  const t = useMessages(participantsMessages);
  const german = participantCsvGermanColumns[column];
  if (german.toLowerCase() === column) return <code>{column}</code>;
  return t.rich('columnNames', {
    english: column,
    german,
    code: (chunks) => <code>{chunks}</code>,
    de: (chunks) => <code lang="de">{chunks}</code>,
  });
}
