import { useState } from 'react';
import type { CycleChecklist } from '../../../../shared/contract/cycles.ts';
import { Link } from '../../../lib/router.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { getCycleChecklist, remindApprovers } from '../api/cycles.ts';

/**
 * The cycle's steps as the server counts them, the next one first with a link to where it is done,
 * and the reminder for organisations that have not approved.
 */
export function CycleChecklistPanel({ cycleId, counted = '' }: { cycleId: string; counted?: string }) {
  // `counted` changes when the page changed what the steps count (an organisation joined, say): recount.
  const checklist = useResource(`checklist:${cycleId}:${counted}`, (signal) =>
    getCycleChecklist(cycleId, signal),
  );
  return (
    <section className="panel" aria-labelledby="cycle-checklist">
      <h2 id="cycle-checklist">Next steps</h2>
      <Loaded resource={checklist} loading="Counting the cycle’s steps…">
        {(loaded) => <ChecklistSteps checklist={loaded} onReminded={checklist.reload} />}
      </Loaded>
    </section>
  );
}

function ChecklistSteps({ checklist, onReminded }: { checklist: CycleChecklist; onReminded: () => void }) {
  const [notice, setNotice] = useState('');
  const remind = useAction(async () => {
    const sent = await remindApprovers(checklist.cycleId);
    setNotice(
      `Reminded ${sent.organisations === 1 ? '1 organisation' : `${sent.organisations} organisations`}: ${
        sent.sent === 1 ? '1 mail' : `${sent.sent} mails`
      } to their contacts.`,
    );
    onReminded();
  });
  const { next } = checklist;
  const waiting = checklist.organisationsNotApproved;

  return (
    <>
      {next ? (
        <p className="checklist__next">
          <strong>Next: </strong>
          {next.summary} — <Link to={next.link}>{next.action}</Link>
        </p>
      ) : (
        <p className="checklist__next">Every step is done.</p>
      )}
      {waiting > 0 ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={remind.busy}
            onClick={() => {
              setNotice('');
              void remind.run();
            }}
          >
            {`Remind ${waiting === 1 ? '1 organisation' : `${waiting} organisations`} that ${waiting === 1 ? 'has' : 'have'} not approved`}
          </button>
        </div>
      ) : null}
      {remind.error ? (
        <div role="alert" className="notice notice--error">
          {remind.error}
        </div>
      ) : null}
      <p role="status" className={notice ? 'notice notice--success' : 'visually-hidden'}>
        {notice}
      </p>
      <ol className="checklist" aria-label="Steps of the cycle">
        {checklist.steps.map((step) => (
          <li
            key={step.key}
            className={step.complete ? 'checklist__step checklist__step--done' : 'checklist__step'}
            aria-current={next?.key === step.key ? 'step' : undefined}
          >
            <span className="checklist__mark">{step.complete ? '✓ Done' : 'To do'}</span>{' '}
            <strong>{step.title}</strong>: {step.summary}
            {step.action ? (
              <>
                {' '}
                — <Link to={step.link}>{step.action}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
