export {};

// The crossmentor command: one sub-command per job, each in its own module.
const commands: Record<
  string,
  { summary: string; load: () => Promise<(argv: string[]) => Promise<number>> }
> = {
  match: {
    summary: 'match mentees to mentors from CSV files (optimal or stable)',
    load: async () => (await import('./match.command.ts')).runMatchCommand,
  },
  scores: {
    summary: 'write every allowed pair with its profile score and per-criterion contributions',
    load: async () => (await import('./scores.command.ts')).runScoresCommand,
  },
  demo: {
    summary: 'load the demo consortium into the database (same as the setup page button)',
    load: async () => (await import('./demo.command.ts')).runDemoCommand,
  },
  backup: {
    summary: 'back up the database to one file (embedded: stop the server first; PostgreSQL: pg_dump)',
    load: async () => (await import('./backup.command.ts')).runBackupCommand,
  },
  restore: {
    summary: 'restore a backup into the database (--force replaces the one there)',
    load: async () => (await import('./backup.command.ts')).runRestoreCommand,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `Usage: crossmentor <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "crossmentor <command> --help" for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`crossmentor: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const run = await command.load();
  return run(rest);
}

process.exitCode = await main(process.argv.slice(2));
