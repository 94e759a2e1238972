// The benchmark's yardstick: `GET /api/v1/participants` for a coordinator written plainly, with
// Fastify and pg and nothing of the app. It does the app's work: reads the session cookie, runs the
// app's session query (one indexed lookup), checks the session's age and the caller's role, reads
// the page with the app's query (same rows, same order), writes the app's audit entry, and answers
// with the app's JSON, byte for byte (the benchmark compares both answers before it measures).
// Run: DATABASE_URL=postgres://… PORT=3778 node --import tsx bench/plain-participant-list.ts

import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const SESSION_COOKIE = 'cm_session';
const SESSION_IDLE_MS = 30 * 60 * 1000;
const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const sessionSql =
  'select s.created_at, s.last_seen_at, a.id, a.email, a.name, a.role, a.person_id, a.disabled, ' +
  'coalesce(a.organisation_id, p.organisation_id) as organisation_id ' +
  'from sessions as s inner join accounts as a on a.id = s.account_id ' +
  'left join people as p on p.id = a.person_id where s.token_hash = $1';

const fromParticipants =
  'from participants as p inner join people as pe on pe.id = p.person_id ' +
  'inner join organisations as o on o.id = pe.organisation_id inner join cycles as c on c.id = p.cycle_id ';

const pageSql =
  'select p.id, p.person_id, p.cycle_id, c.name as cycle_name, c.status as cycle_status, ' +
  'pe.organisation_id, o.name as organisation_name, p.role, pe.name, pe.email, pe.job_title, ' +
  'pe.seniority, pe.languages, pe.location, pe.gender, p.goals, p.expertise, p.capacity, ' +
  'p.version + pe.version as version, ' +
  'exists (select a.id from accounts as a where a.person_id = p.person_id) as has_account, ' +
  'count(*) over () as total ' +
  fromParticipants +
  'order by pe.name, p.id limit $1 offset $2';

const auditSql =
  'insert into audit_log (actor_account_id, actor_email, ip, action, target_type, target_id, details) ' +
  'values ($1, $2, $3, $4, $5, $6, $7)';

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

function whole(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

const app = Fastify();

app.get('/api/v1/participants', async (request, reply) => {
  reply.header('cache-control', 'no-store');
  const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!token) return reply.code(401).send({ error: 'unauthenticated' });
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const session = (await pool.query(sessionSql, [tokenHash])).rows[0];
  const now = Date.now();
  if (
    !session ||
    session.disabled ||
    now - session.last_seen_at.getTime() > SESSION_IDLE_MS ||
    now - session.created_at.getTime() > SESSION_ABSOLUTE_MS
  ) {
    return reply.code(401).send({ error: 'unauthenticated' });
  }
  if (now - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await pool.query('update sessions set last_seen_at = $1 where token_hash = $2', [
      new Date(now),
      tokenHash,
    ]);
  }
  // This program answers the coordinator only, who sees every organisation.
  if (session.role !== 'coordinator') return reply.code(403).send({ error: 'forbidden' });

  const query = request.query as Record<string, string | undefined>;
  const limit = whole(query.limit, 100);
  const offset = whole(query.offset, 0);
  if (limit === null || offset === null || limit < 1 || limit > 1000) {
    return reply.code(400).send({ error: 'validation_failed' });
  }
  const { rows } = await pool.query(pageSql, [limit, offset]);
  await pool.query(auditSql, [
    session.id,
    session.email,
    request.ip,
    'participants.listed',
    'participant',
    null,
    JSON.stringify({ count: rows.length, filter: { limit, offset } }),
  ]);
  const participants = rows.map((row) => {
    const open = row.cycle_status !== 'closed';
    return {
      id: row.id,
      personId: row.person_id,
      cycleId: row.cycle_id,
      cycleName: row.cycle_name,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      role: row.role,
      name: row.name,
      email: row.email,
      jobTitle: row.job_title,
      seniority: row.seniority,
      languages: row.languages,
      location: row.location,
      gender: row.gender,
      goals: row.goals,
      expertise: row.expertise,
      capacity: row.capacity,
      hasAccount: row.has_account,
      version: row.version,
      can: { edit: open, remove: open, invite: !row.has_account },
    };
  });
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) {
    total = Number((await pool.query(`select count(*) as n ${fromParticipants}`)).rows[0].n);
  }
  reply.type('application/json; charset=utf-8');
  return JSON.stringify({ participants, total });
});

const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

await app.listen({ port: Number(process.env.PORT ?? 3778), host: '127.0.0.1' });
