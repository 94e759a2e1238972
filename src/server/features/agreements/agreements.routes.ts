import { agreementEndpoints as endpoints } from '../../../shared/contract/agreements.ts';
import type { Routes } from '../../http/route.ts';
import {
  changeTandemSettings,
  readAgreement,
  readTandemSettings,
  saveAgreement,
  signAgreement,
} from './agreements.service.ts';
import {
  addMilestone,
  changeMilestone,
  readGoalBoard,
  removeMilestone,
  updateGoalProgress,
} from './goals.service.ts';

// Tandem space: the door lets in any signed-in caller, and requireTandemMember answers everyone
// but the tandem's two members with a 404, staff included, as for the tandem's meetings.
export function registerAgreementRoutes(routes: Routes) {
  routes.read(endpoints.get, (db, { actor, params }) => readAgreement(db, actor, params.id));

  routes.write(endpoints.save, (trx, { actor, params, body, now, origin }) =>
    saveAgreement(trx, actor, params.id, body, now, origin),
  );

  routes.write(endpoints.sign, (trx, { actor, params, body, now, origin }) =>
    signAgreement(trx, actor, params.id, body, now, origin),
  );

  routes.read(endpoints.goalBoard, (db, { actor, params }) => readGoalBoard(db, actor, params.id));

  routes.write(endpoints.goalProgress, (trx, { actor, params, body, now }) =>
    updateGoalProgress(trx, actor, params.id, params.goalId, body, now),
  );

  routes.write(endpoints.addMilestone, (trx, { actor, params, body, now }) =>
    addMilestone(trx, actor, params.id, params.goalId, body, now),
  );

  routes.write(endpoints.changeMilestone, (trx, { actor, params, body, now }) =>
    changeMilestone(trx, actor, params.id, params.goalId, params.milestoneId, body, now),
  );

  routes.write(endpoints.removeMilestone, (trx, { actor, params, now }) =>
    removeMilestone(trx, actor, params.id, params.goalId, params.milestoneId, now),
  );

  routes.read(endpoints.tandemSettings, (db, { actor, params }) => readTandemSettings(db, actor, params.id));

  routes.write(endpoints.changeTandemSettings, (trx, { actor, params, body, now }) =>
    changeTandemSettings(trx, actor, params.id, body, now),
  );
}
