import { useEffect, useRef, useState } from 'react';
import { ConfirmButton } from '../../../lib/ui/confirm-button.tsx';
import type { Option } from '../../../lib/ui/fields.tsx';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { type InviteAllResult, inviteAll, previewInviteAll } from '../api/invitations.ts';

type Props = {
  /** At least one: without a cycle there is nobody to invite. */
  cycles: readonly Option[];
  /** Whose people may be chosen; null where the viewer works on one organisation only (a contact). */
  organisations: readonly Option[] | null;
  onInvited: () => void;
};

const people = (n: number) => (n === 1 ? '1 participant' : `${n} participants`);

function leftOut({ hasAccount, pendingInvitation }: InviteAllResult['skipped']): string {
  const reasons = [
    hasAccount ? `${hasAccount} with an account already` : '',
    pendingInvitation ? `${pendingInvitation} with a pending invitation` : '',
  ].filter(Boolean);
  return reasons.length ? ` Left out: ${reasons.join(', ')}.` : '';
}

/** Invites, in one go, every participant of a cycle who has neither an account nor a pending invitation. */
export function InviteAll({ cycles, organisations, onInvited }: Props) {
  const [cycleId, setCycleId] = useState(cycles[0]?.value ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const input = { cycleId, organisationId: organisationId || undefined };
  const preview = useResource(`invite-all-${cycleId}-${organisationId}`, (signal) =>
    previewInviteAll(input, signal),
  );
  const invite = useAction(async () => {
    const done = await inviteAll(input);
    setResult(`Invited ${people(done.invited)}; each gets a mail with their link.${leftOut(done.skipped)}`);
    preview.reload();
    onInvited();
  });

  // The confirming button goes away with the answer: focus follows to the answer instead of the page.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  return (
    <div className="invite-all">
      <SelectField
        name="cycleId"
        label="Cycle"
        value={cycleId}
        onChange={(value) => {
          setCycleId(value);
          setResult(null);
        }}
        options={cycles}
      />
      {organisations ? (
        <SelectField
          name="organisationId"
          label="Whose participants"
          emptyLabel="All organisations in the cycle"
          value={organisationId}
          onChange={(value) => {
            setOrganisationId(value);
            setResult(null);
          }}
          options={organisations}
        />
      ) : null}
      <div role="status">
        {result ? (
          <p ref={resultRef} tabIndex={-1} className="notice notice--success">
            {result}
          </p>
        ) : null}
      </div>
      {invite.error ? (
        <div role="alert" className="notice notice--error">
          {invite.error}
        </div>
      ) : null}
      <Loaded resource={preview} loading="Counting who is not invited yet…">
        {(count) =>
          count.toInvite === 0 ? (
            <p>
              {count.skipped.hasAccount + count.skipped.pendingInvitation === 0
                ? 'There are no participants here yet.'
                : `Everyone here is invited or has an account.${leftOut(count.skipped)}`}
            </p>
          ) : (
            <>
              <p>
                {people(count.toInvite)} {count.toInvite === 1 ? 'has' : 'have'} neither an account nor a
                pending invitation.
                {leftOut(count.skipped)}
              </p>
              <ConfirmButton
                label={`Invite ${people(count.toInvite)}…`}
                question={`Invite ${people(count.toInvite)} now? Each gets a mail with a link to sign up.`}
                confirmLabel={`Yes, invite ${people(count.toInvite)}`}
                tone="primary"
                busyLabel="Inviting…"
                busy={invite.busy}
                onConfirm={() => invite.run()}
              />
            </>
          )
        }
      </Loaded>
    </div>
  );
}
