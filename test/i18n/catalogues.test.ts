import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/shared/i18n/catalogue.ts';
import { uiLanguages } from '../../src/shared/i18n/languages.ts';

// Every catalogue (`src/shared/i18n/<area>.ts`): both languages have the same keys; each message is
// valid ICU in both, with the same placeholders and tags (a German text cannot drop the name the
// English one shows); plurals have an `other` case; and every key is used by a file that imports
// the catalogue, so no text is kept that nobody reads.

const root = fileURLToPath(new URL('../..', import.meta.url));
const i18nDir = join(root, 'src/shared/i18n');
const notCatalogues = new Set(['catalogue.ts', 'languages.ts', 'formats.ts']);
const areaFiles = readdirSync(i18nDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !notCatalogues.has(f))
  .sort();

const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('shared/i18n/'))
  .map((f) => ({ path: join(root, 'src', f), text: readFileSync(join(root, 'src', f), 'utf8') }));

/** Argument names and tag names of a message, with the plural and select cases it offers. */
function shape(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    )
      into.add(`{${el.value}}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(`{${el.value}}`);
      for (const option of Object.values(el.options)) shape(option.value, into);
    }
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      shape(el.children, into);
    }
  }
  return into;
}

function pluralsLackOther(elements: MessageFormatElement[]): boolean {
  return elements.some((el) => {
    if (el.type === TYPE.plural || el.type === TYPE.select)
      return !('other' in el.options) || Object.values(el.options).some((o) => pluralsLackOther(o.value));
    if (el.type === TYPE.tag) return pluralsLackOther(el.children);
    return false;
  });
}

describe.each(areaFiles)('catalogue %s', (file) => {
  it('has the same keys, placeholders and tags in every language, in valid ICU', async () => {
    const module = (await import(join(i18nDir, file))) as Record<string, Catalogue>;
    const catalogues = Object.values(module);
    expect(catalogues).toHaveLength(1);
    const catalogue = catalogues[0]!;
    const keys = Object.keys(catalogue.en).sort();
    for (const language of uiLanguages) {
      expect(Object.keys(catalogue[language]).sort(), `${language} keys`).toEqual(keys);
    }
    const problems: string[] = [];
    for (const key of keys) {
      const shapes = uiLanguages.map((language) => {
        const text = (catalogue[language] as Record<string, string>)[key]!;
        try {
          const ast = parse(text);
          if (pluralsLackOther(ast)) problems.push(`${language}.${key}: a plural or select without "other"`);
          if (text.trim() === '') problems.push(`${language}.${key}: empty`);
          return [...shape(ast)].sort().join(' ');
        } catch (error) {
          problems.push(`${language}.${key}: not valid ICU (${(error as Error).message})`);
          return '';
        }
      });
      if (new Set(shapes).size > 1) problems.push(`${key}: placeholders differ: ${shapes.join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no key that no file importing it uses', async () => {
    const module = (await import(join(i18nDir, file))) as Record<string, Catalogue>;
    const catalogue = Object.values(module)[0]!;
    const importPath = new RegExp(`i18n/${file.replace('.', '\\.')}['"]`);
    const users = sources.filter((s) => importPath.test(s.text));
    expect(users.length, `no file imports ${file}`).toBeGreaterThan(0);
    const text = users.map((u) => u.text).join('\n');
    const unused = Object.keys(catalogue.en).filter(
      (key) => !text.includes(`'${key}'`) && !text.includes(`"${key}"`),
    );
    expect(
      unused,
      `keys of ${file} no importer names (${users.map((u) => relative(root, u.path)).join(', ')})`,
    ).toEqual([]);
  });
});
