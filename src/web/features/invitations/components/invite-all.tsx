import { useEffect, useRef, useState } from 'react';
import { invitationsMessages } from '../../../../shared/i18n/invitations.ts';
import { type Translate, useMessages } from '../../../lib/i18n.tsx';
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

/** Who was left out and why, as a sentence of its own; empty when nobody was. */
function leftOut(
  t: Translate<typeof invitationsMessages>,
  { hasAccount: accounts, pendingInvitation: pending }: InviteAllResult['skipped'],
): string {
  if (accounts && pending) return t('leftOutBoth', { accounts, pending });
  if (accounts) return t('leftOutAccounts', { accounts });
  if (pending) return t('leftOutPending', { pending });
  return '';
}

/** Sentences one after the other, leaving out the empty ones. */
const sentences = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** Invites, in one go, every participant of a cycle who has neither an account nor a pending invitation. */
export function InviteAll({ cycles, organisations, onInvited }: Props) {
  const t = useMessages(invitationsMessages);
  const [cycleId, setCycleId] = useState(cycles[0]?.value ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [result, setResult] = useState<InviteAllResult | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const input = { cycleId, organisationId: organisationId || undefined };
  const preview = useResource(`invite-all-${cycleId}-${organisationId}`, (signal) =>
    previewInviteAll(input, signal),
  );
  const invite = useAction(async () => {
    const done = await inviteAll(input);
    setResult(done);
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
        label={t('cycle')}
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
          label={t('whoseParticipants')}
          emptyLabel={t('allOrganisations')}
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
            {sentences(t('invited', { count: result.invited }), leftOut(t, result.skipped))}
          </p>
        ) : null}
      </div>
      {invite.error ? (
        <div role="alert" className="notice notice--error">
          {invite.error}
        </div>
      ) : null}
      <Loaded resource={preview} loading={t('counting')}>
        {(count) =>
          count.toInvite === 0 ? (
            <p>
              {count.skipped.hasAccount + count.skipped.pendingInvitation === 0
                ? t('nobodyHere')
                : sentences(t('everyoneInvited'), leftOut(t, count.skipped))}
            </p>
          ) : (
            <>
              <p>{sentences(t('toInvite', { count: count.toInvite }), leftOut(t, count.skipped))}</p>
              <ConfirmButton
                label={t('inviteAll', { count: count.toInvite })}
                question={t('inviteAllQuestion', { count: count.toInvite })}
                confirmLabel={t('inviteAllConfirm', { count: count.toInvite })}
                tone="primary"
                busyLabel={t('inviting')}
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
