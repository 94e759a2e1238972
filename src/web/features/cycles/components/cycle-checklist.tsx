import { type ReactNode, useState } from 'react';
import type { CycleChecklist } from '../../../../shared/contract/cycles.ts';
import { cyclesMessages } from '../../../../shared/i18n/cycles.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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
  const t = useMessages(cyclesMessages);
  // `counted` changes when the page changed what the steps count (an organisation joined, say): recount.
  const checklist = useResource(`checklist:${cycleId}:${counted}`, (signal) =>
    getCycleChecklist(cycleId, signal),
  );
  return (
    <section className="panel" aria-labelledby="cycle-checklist">
      <h2 id="cycle-checklist">{t('checklistHeading')}</h2>
      <Loaded resource={checklist} loading={t('checklistLoading')}>
        {(loaded) => <ChecklistSteps checklist={loaded} onReminded={checklist.reload} />}
      </Loaded>
    </section>
  );
}

function ChecklistSteps({ checklist, onReminded }: { checklist: CycleChecklist; onReminded: () => void }) {
  const t = useMessages(cyclesMessages);
  const [notice, setNotice] = useState('');
  const remind = useAction(async () => {
    const sent = await remindApprovers(checklist.cycleId);
    setNotice(t('reminded', { organisations: sent.organisations, mails: sent.sent }));
    onReminded();
  });
  const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
  const { next } = checklist;
  const waiting = checklist.organisationsNotApproved;

  return (
    <>
      {next ? (
        <p className="checklist__next">
          {t.rich('checklistNext', {
            b: bold,
            summary: next.summary,
            action: next.action,
            link: (chunks) => <Link to={next.link}>{chunks}</Link>,
          })}
        </p>
      ) : (
        <p className="checklist__next">{t('checklistAllDone')}</p>
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
            {t('remindApprovers', { count: waiting })}
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
      <ol className="checklist" aria-label={t('checklistSteps')}>
        {checklist.steps.map((step) => (
          <li
            key={step.key}
            className={step.complete ? 'checklist__step checklist__step--done' : 'checklist__step'}
            aria-current={next?.key === step.key ? 'step' : undefined}
          >
            <span className="checklist__mark">{step.complete ? t('markDone') : t('markToDo')}</span>{' '}
            {step.action
              ? t.rich('checklistStepAction', {
                  b: bold,
                  title: step.title,
                  summary: step.summary,
                  action: step.action,
                  link: (chunks) => <Link to={step.link}>{chunks}</Link>,
                })
              : t.rich('checklistStep', { b: bold, title: step.title, summary: step.summary })}
          </li>
        ))}
      </ol>
    </>
  );
}
