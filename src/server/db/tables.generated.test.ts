import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLiterals, generateTableTypes, TABLES_FILE, TABLES_PATH } from '../../../scripts/table-types.ts';
import { createTestDatabase } from '../../../test/test-database.ts';

describe('the generated table types', () => {
  it('are what the migrations produce', async () => {
    const { db, close } = await createTestDatabase();
    try {
      const generated = await generateTableTypes(db);
      expect(
        readFileSync(TABLES_PATH, 'utf8'),
        `${TABLES_FILE} does not match the migrations: run \`npm run db:types\` and commit the result`,
      ).toBe(generated);
    } finally {
      await close();
    }
  });
});

describe('the values a CHECK constraint allows', () => {
  it('are read from the forms PostgreSQL prints back', () => {
    expect(checkLiterals("CHECK ((status = ANY (ARRAY['draft'::text, 'open'::text])))", 'status')).toEqual([
      'draft',
      'open',
    ]);
    expect(
      checkLiterals(
        "CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))",
        'kind',
      ),
    ).toEqual(['a', 'b']);
    expect(checkLiterals("CHECK ((state = 'only'::text)) NOT VALID", 'state')).toEqual(['only']);
    expect(checkLiterals("CHECK (role IN ('it''s', 'x', 'x'))", 'role')).toEqual(["it's", 'x']);
  });

  it('are none for other constraints, or for another column', () => {
    expect(checkLiterals('CHECK (((seniority >= 1) AND (seniority <= 6)))', 'seniority')).toBeNull();
    expect(
      checkLiterals("CHECK (((role <> 'participant'::text) OR (person_id IS NOT NULL)))", 'role'),
    ).toBeNull();
    expect(checkLiterals("CHECK ((status = ANY (ARRAY['a'::text])))", 'state')).toBeNull();
    expect(
      checkLiterals("CHECK (((state IS NULL) OR (state = ANY (ARRAY['a'::text, 'b'::text]))))", 'state'),
    ).toBeNull();
  });
});
