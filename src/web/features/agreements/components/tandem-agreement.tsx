import { useState } from 'react';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { AgreementPanel } from './agreement-panel.tsx';
import { GoalsPanel } from './goals-panel.tsx';

/**
 * The tandem's own space on its page, for its two members: the agreement, then the goals. Saving
 * or signing the agreement reloads the goals, which it keeps in step. What can be changed is what
 * the server offers; `ended` only says why nothing is.
 */
export function TandemAgreementAndGoals({ tandemId, ended }: { tandemId: string; ended: boolean }) {
  const t = useMessages(agreementsMessages);
  const [goalsVersion, setGoalsVersion] = useState(0);
  return (
    <>
      {ended ? <p className="notice notice--info">{t('ended')}</p> : null}
      <AgreementPanel tandemId={tandemId} onChanged={() => setGoalsVersion((n) => n + 1)} />
      <GoalsPanel tandemId={tandemId} reloadKey={goalsVersion} />
    </>
  );
}
