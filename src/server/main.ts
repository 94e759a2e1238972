import { buildApp } from './app.ts';
import { readSettings } from './config.ts';
import { createDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { failDeadMatchRuns, releaseMatchRunLocks } from './features/matching/match-runs.service.ts';
import { readMailSettings, startMailSender } from './features/outbox/mail-sender.ts';
import { readReminderIntervalMs, startReminderJob } from './features/reminders/reminder-job.ts';

let settings: ReturnType<typeof readSettings>;
let db: ReturnType<typeof createDatabase>;
let reminderIntervalMs: number;
let mailSettings: ReturnType<typeof readMailSettings>;
// Until the app (and its logger) exists, warnings go to stderr.
let log: { warn: (details: object, message: string) => void } = {
  warn: (_details, message) => process.stderr.write(`crossmentor: ${message}\n`),
};
try {
  settings = readSettings();
  reminderIntervalMs = readReminderIntervalMs();
  mailSettings = readMailSettings();
  // A dropped connection is logged and replaced; the process stays up (requests answer 503 meanwhile).
  db = createDatabase(settings.database, (error) => log.warn({ err: error }, 'database connection lost'));
  await migrateToLatest(db);
} catch (error) {
  // Configuration and start-up problems are the operator's to fix: say what, without a stack trace.
  process.stderr.write(`crossmentor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const app = await buildApp({ db, config: settings.app });
log = app.log;

// Match runs whose process died (nobody holds their lock, or no heartbeat for 30 s) are marked
// failed; a new run may start at once.
const deadRuns = await failDeadMatchRuns(db, new Date());
if (deadRuns > 0) app.log.warn({ runs: deadRuns }, 'match runs of a stopped server marked failed');

const mailSender = mailSettings ? startMailSender(db, mailSettings, app.log) : null;
if (!mailSettings) app.log.info('no SMTP_HOST set: mails stay in the outbox view');
// Reminders and digests have no request to take the site's address from.
const reminderJob = startReminderJob(
  db,
  {
    siteOrigin: settings.app.publicOrigin ?? `http://localhost:${settings.port}`,
    intervalMs: reminderIntervalMs,
  },
  app.log,
);

// Requests still being handled at shutdown finish before the connections and the database close.
// Counted where the server sees them, so a request refused by a hook (401, 403) is counted too; one
// is done once its answer is sent or its connection is gone. (A handler whose client has gone keeps
// its database connection: closing the pool waits for it.)
let inFlight = 0;
app.server.on('request', (_request, response) => {
  inFlight++;
  response.once('close', () => {
    inFlight--;
  });
});

/** Requests in flight get this long after the signal to finish; the whole shutdown, a little more. */
const DRAIN_MS = 7_000;
const SHUTDOWN_DEADLINE_MS = 9_500;

/**
 * SIGTERM/SIGINT: stop accepting connections at once (a request on a connection kept alive gets
 * 503 and Connection: close), let the requests in flight finish, stop the reminder job and the mail
 * sender between two messages (mail claimed but not tried goes back to the outbox for another
 * process), close the database, exit 0. Past the deadline (an SMTP server that does not answer,
 * a request that does not end) the process exits 1 all the same, within 10 s of the signal.
 */
let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal, inFlight }, 'shutting down');
  setTimeout(() => {
    app.log.error({ inFlight }, `shutdown did not finish within ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  try {
    const serverClosed = app.close();
    const jobsStopped = Promise.all([reminderJob.stop(), mailSender?.stop()]);
    const drainUntil = Date.now() + DRAIN_MS;
    while (inFlight > 0 && Date.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 25));
    // Nothing is in flight now: connections the clients keep alive would hold the close up.
    app.server.closeAllConnections();
    await serverClosed;
    await jobsStopped;
    // A match run still working dies with this process: give its lock connection back, so the pool
    // can close and other processes see the run as dead at once.
    releaseMatchRunLocks();
    await db.destroy();
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: settings.port, host: settings.host });
