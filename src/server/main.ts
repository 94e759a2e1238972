import { buildApp } from './app.ts';
import { readSettings } from './config.ts';
import { createDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';

const settings = readSettings();
const db = createDatabase(settings.database);
await migrateToLatest(db);
const app = await buildApp({ db, config: settings.app });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: settings.port, host: settings.host });
