import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import { questionnaireEndpoints } from '../../../shared/contract/questionnaire.ts';
import { errorsQuestionnaireMessages } from '../../../shared/i18n/errors-questionnaire.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsQuestionnaireMessages);

// Who may read and change a cycle's questionnaire, and whose profile answers are whose. Staff see
// the questionnaire of the cycles they see (the cycles feature decides which); participants that
// of the cycles they take part in. The questionnaire changes until the tandems start running.

/** A participant reads the questionnaire of a cycle they take part in; any other cycle does not exist for them. */
export function participantMayReadQuestionnaire(actor: Actor, takesPart: boolean): Verdict {
  if (actor.personId !== null && takesPart) return allowed;
  return refusedNotFound('cycle');
}

export function mayChangeQuestionnaire(actor: Actor, cycle: { status: CycleStatus }): Verdict {
  const door = mayCall(actor, questionnaireEndpoints.save);
  if (!door.allowed) return door;
  if (cycle.status === 'running' || cycle.status === 'closed') {
    return refused('conflict', say('questionnaireFixed', { status: cycle.status }));
  }
  return allowed;
}

/** A profile is its participant's own to read and answer: anybody else's does not exist for them. */
export function maySeeProfile(actor: Actor, profile: { personId: string }): Verdict {
  if (actor.personId !== null && profile.personId === actor.personId) return allowed;
  return refusedNotFound('profile');
}

/** What the actor may do with the cycle's questionnaire now. */
export function questionnaireAbilities(actor: Actor, cycle: { status: CycleStatus }) {
  return { edit: mayChangeQuestionnaire(actor, cycle).allowed };
}
