import {
  participantCsvColumns,
  requiredParticipantCsvColumns,
} from '../../../../shared/contract/participants.ts';

const meaning: Record<(typeof participantCsvColumns)[number], string> = {
  email: 'Work email; identifies the person, so importing again updates them',
  name: 'Full name',
  organisation: 'Organisation name as in crossmentor (upper or lower case does not matter)',
  role: 'mentor or mentee',
  job_title: 'Job title',
  seniority: '1 (first leadership role) to 6 (executive board)',
  languages:
    'Codes or English or German names, separated by |, commas or semicolons, e.g. de|en or German; English',
  location: 'City or region',
  gender: 'female, male, non_binary or undisclosed',
  goals: 'What the mentee wants to achieve, or the mentor wants to pass on',
  expertise: 'Fields of expertise',
  capacity: 'Mentors: how many mentees they can take (default 1)',
};

/** The columns the importer reads, from the same list the server uses, with a header-only template. */
export function CsvColumnsHelp({ organisationOptional }: { organisationOptional: boolean }) {
  const required = new Set<string>(requiredParticipantCsvColumns);
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`${participantCsvColumns.join(',')}\r\n`)}`;
  return (
    <details className="help">
      <summary>Columns of the CSV file</summary>
      <p>
        The first line names the columns; their order does not matter. Required columns are marked.{' '}
        <a href={template} download="participants-template.csv">
          Download an empty template
        </a>
        .
      </p>
      <dl className="columns">
        {participantCsvColumns.map((c) => (
          <div key={c}>
            <dt>
              <code>{c}</code>
              {required.has(c) ? <span className="badge">required</span> : null}
            </dt>
            <dd>
              {meaning[c]}
              {c === 'organisation' && organisationOptional ? '; leave empty for your own organisation' : ''}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
