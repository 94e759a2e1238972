import { type FormEvent, useState } from 'react';
import type { AlumniDirectoryEntry } from '../../../../shared/contract/alumni.ts';
import { alumniMessages } from '../../../../shared/i18n/alumni.ts';
import { formatList } from '../../../../shared/i18n/formats.ts';
import { activeLanguage, useMessages } from '../../../lib/i18n.tsx';
import { TextField } from '../../../lib/ui/fields.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { listAlumni } from '../api/alumni.ts';

/**
 * The alumni directory as a table: name, alumni cycles with roles, and organisation and topics
 * where the person shows them ("Not shown" otherwise); a search by name, organisation or topic.
 */
export function AlumniDirectory() {
  const t = useMessages(alumniMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const alumni = useResource(`alumni-${q}`, (signal) => listAlumni(q, signal));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(typed.trim());
  };
  return (
    <>
      <search>
        <form className="filters" onSubmit={submit}>
          <TextField
            name="q"
            type="search"
            label={t('searchLabel')}
            value={typed}
            onChange={setTyped}
            maxLength={200}
          />
          <button type="submit" className="button button--secondary">
            {t('search')}
          </button>
        </form>
      </search>
      <Loaded resource={alumni} loading={t('loadingDirectory')}>
        {(list) =>
          list.length === 0 ? (
            <Empty>
              <p>{q ? t('noMatch', { q }) : t('emptyDirectory')}</p>
            </Empty>
          ) : (
            <DirectoryTable alumni={list} />
          )
        }
      </Loaded>
    </>
  );
}

function DirectoryTable({ alumni }: { alumni: readonly AlumniDirectoryEntry[] }) {
  const t = useMessages(alumniMessages);
  return (
    <TableRegion label={t('directoryTitle')}>
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('columnName')}</th>
            <th scope="col">{t('columnCycles')}</th>
            <th scope="col">{t('columnOrganisation')}</th>
            <th scope="col">{t('columnTopics')}</th>
          </tr>
        </thead>
        <tbody>
          {alumni.map((a) => (
            <tr key={a.personId}>
              <th scope="row">{a.name}</th>
              <td data-label={t('columnCycles')}>
                <ul className="plain-list">
                  {a.cycles.map((c) => (
                    <li key={c.cycleId}>{t('cycleRole', { cycle: c.cycleName, role: c.role })}</li>
                  ))}
                </ul>
              </td>
              <td data-label={t('columnOrganisation')}>
                {a.organisationName ?? <span className="muted">{t('notShown')}</span>}
              </td>
              <td data-label={t('columnTopics')}>
                {a.topics === undefined ? (
                  <span className="muted">{t('notShown')}</span>
                ) : (
                  formatList(activeLanguage(), a.topics)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
