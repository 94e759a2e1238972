// `npm run db:types`: migrates a fresh database (in-memory PGlite, or a scratch database on the
// server named by DATABASE_URL) and writes its table types to src/server/db/tables.generated.ts.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createDatabase, createMemoryDatabase } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { generateTableTypes, TABLES_FILE, TABLES_PATH } from './table-types.ts';

async function generate(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const { db } = createMemoryDatabase();
    try {
      await migrateToLatest(db);
      return await generateTableTypes(db);
    } finally {
      await db.destroy();
    }
  }
  const admin = createDatabase({ kind: 'postgres', url });
  const name = `crossmentor_types_${randomBytes(6).toString('hex')}`;
  await sql`create database ${sql.id(name)}`.execute(admin);
  try {
    const scratchUrl = new URL(url);
    scratchUrl.pathname = `/${name}`;
    const db = createDatabase({ kind: 'postgres', url: scratchUrl.toString() });
    try {
      await migrateToLatest(db);
      return await generateTableTypes(db);
    } finally {
      await db.destroy();
    }
  } finally {
    await sql`drop database if exists ${sql.id(name)}`.execute(admin);
    await admin.destroy();
  }
}

const source = await generate();
let before = '';
try {
  before = readFileSync(TABLES_PATH, 'utf8');
} catch {}
if (before === source) {
  console.log(`${TABLES_FILE} is up to date.`);
} else {
  writeFileSync(TABLES_PATH, source);
  console.log(`Wrote ${TABLES_FILE}.`);
}
