import { alumniEndpoints as endpoints } from '../../../shared/contract/alumni.ts';
import type { Routes } from '../../http/route.ts';
import {
  acceptAlumniInvitation,
  declineAlumniInvitation,
  inviteAlumniMentors,
  joinAlumniDirectory,
  leaveAlumniDirectory,
  listAlumniMentorsFor,
  readAlumniDirectory,
  readMyAlumni,
} from './alumni.service.ts';

export function registerAlumniRoutes(routes: Routes) {
  routes.read(endpoints.directory, async (db, { actor, query }) => ({
    alumni: await readAlumniDirectory(db, actor, query.q),
  }));

  routes.read(endpoints.mine, (db, { actor }) => readMyAlumni(db, actor));

  routes.write(endpoints.joinDirectory, (trx, { actor, body, now }) =>
    joinAlumniDirectory(trx, actor, body, now),
  );

  routes.write(endpoints.leaveDirectory, (trx, { actor }) => leaveAlumniDirectory(trx, actor));

  routes.read(endpoints.mentorsForCycle, (db, { actor, params }) =>
    listAlumniMentorsFor(db, actor, params.id),
  );

  routes.write(endpoints.invite, (trx, { actor, params, body, now, origin }) =>
    inviteAlumniMentors(trx, actor, params.id, body.personIds, now, origin),
  );

  routes.write(endpoints.accept, (trx, { actor, params, now }) =>
    acceptAlumniInvitation(trx, actor, params.id, now),
  );

  routes.write(endpoints.decline, (trx, { actor, params, now }) =>
    declineAlumniInvitation(trx, actor, params.id, now),
  );
}
