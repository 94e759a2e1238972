import { questionnaireEndpoints as endpoints } from '../../../shared/contract/questionnaire.ts';
import type { Routes } from '../../http/route.ts';
import {
  answerProfile,
  changeQuestionnaire,
  profileStatus,
  readOwnProfile,
  readQuestionnaire,
  remindUnfinishedProfiles,
} from './questionnaire.service.ts';

export function registerQuestionnaireRoutes(routes: Routes) {
  routes.read(endpoints.get, (db, { actor, params }) => readQuestionnaire(db, actor, params.id));

  routes.write(endpoints.save, (trx, { actor, params, body, now }) =>
    changeQuestionnaire(trx, actor, params.id, body, now),
  );

  routes.read(endpoints.getMyProfile, (db, { actor, params }) =>
    readOwnProfile(db, actor, params.participantId),
  );

  routes.write(endpoints.saveMyProfile, (trx, { actor, params, body, now }) =>
    answerProfile(trx, actor, params.participantId, body, now),
  );

  routes.read(endpoints.profileStatus, async (db, { actor, params }) => ({
    participants: await profileStatus(db, actor, params.id),
  }));

  routes.write(endpoints.remind, (trx, { actor, params, body, now, origin }) =>
    remindUnfinishedProfiles(trx, actor, params.id, body.participantIds, now, origin),
  );
}
