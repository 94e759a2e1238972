import { buildApp } from './app.ts';
import { readSettings } from './config.ts';
import { createDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
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

// Requests still being handled at shutdown finish before the database closes under them,
// including those whose client has gone away meanwhile.
let inFlight = 0;
app.addHook('onRequest', async () => {
  inFlight++;
});
app.addHook('onResponse', async () => {
  inFlight--;
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await reminderJob.stop();
  await mailSender?.stop();
  await app.close();
  const deadline = Date.now() + 10_000;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await db.destroy();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: settings.port, host: settings.host });
