import { readSettings } from '../server/config.ts';
import { createDatabase } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { AppError } from '../server/errors.ts';
import { loadDemoConsortium } from '../server/features/setup/setup.service.ts';

const help = `Usage: crossmentor demo

Loads the demo consortium (10 organisations, one cycle, 70 participants, their contacts) into an
empty installation: the database of DATABASE_URL, or the embedded one under ./data.
Stop a running "npm start" first when it uses the embedded database.
`;

export async function runDemoCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(help);
    return 0;
  }
  if (argv.length > 0) {
    process.stderr.write(`crossmentor demo: unexpected argument "${argv[0]}"\n\n${help}`);
    return 2;
  }
  let db: ReturnType<typeof createDatabase>;
  try {
    db = createDatabase(readSettings().database);
  } catch (error) {
    process.stderr.write(`crossmentor demo: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    await migrateToLatest(db);
    const demo = await db.transaction().execute((trx) => loadDemoConsortium(trx, { ip: null }, new Date()));
    process.stdout.write(
      `Loaded ${demo.organisations} organisations and ${demo.participants} participants.\n` +
        `Every demo account signs in with the password: ${demo.demoPassword}\n` +
        demo.signInAs.map((a) => `  ${a.role.padEnd(21)} ${a.email}  (${a.description})\n`).join(''),
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === 'setup_done') {
      process.stderr.write(
        'crossmentor demo: this installation has accounts already; the demo loads only into an empty one.\n',
      );
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}
