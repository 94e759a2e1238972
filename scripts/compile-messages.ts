// Compiles the message catalogues' ICU strings to ASTs when the web app is built (decision 0021),
// so the browser never downloads the parser: each `src/shared/i18n/<lang>/<area>.ts` is loaded,
// its messages parsed (plain text stays as it is), and the module replaced by one exporting the parsed messages, and the
// parser's package is swapped for its `no-parser` entry. Every language but English is fetched on
// demand: in each area's catalogue (`src/shared/i18n/<area>.ts`) the import of another language's
// file becomes a function that fetches it (see `loadLanguage` in catalogue.ts), so a first visit in
// English downloads no German. Used by vite.config.ts; tests and the server keep the strings and
// import every language.
import { readFile } from 'node:fs/promises';
import { parse } from '@formatjs/icu-messageformat-parser';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { isPlainText } from '../src/shared/i18n/catalogue.ts';

const languageFile = /[\\/]src[\\/]shared[\\/]i18n[\\/][a-z]{2}[\\/][a-z0-9-]+\.ts$/;
const areaFile = /[\\/]src[\\/]shared[\\/]i18n[\\/][a-z0-9-]+\.ts$/;
/** `import de from './de/cycles.ts';` in an area's catalogue: any language but English. */
const otherLanguageImport = /^import (\w+) from '\.\/((?!en\/)[a-z]{2})\/([a-z0-9-]+)\.ts';$/gm;

/** A language file's messages: the module is TypeScript with type-only imports and one default object. */
async function loadMessages(path: string): Promise<Record<string, string>> {
  const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts', format: 'esm' });
  if (/^\s*import\s/m.test(code)) throw new Error(`${path}: a catalogue file imports nothing but types`);
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default: Record<string, string>;
  };
  return module.default;
}

export function compileMessages(): Plugin {
  return {
    name: 'crossmentor:compile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (!areaFile.test(path) || !code.includes('catalogue(')) return null;
      const onDemand = code.replace(
        otherLanguageImport,
        (_all, name: string, language: string, area: string) =>
          `const ${name} = { load: () => import('./${language}/${area}.ts') };`,
      );
      return onDemand === code ? null : { code: onDemand, map: null };
    },
    async load(id) {
      const path = id.split('?')[0] ?? id;
      if (!languageFile.test(path)) return null;
      const messages = await loadMessages(path);
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, text]) => [
          key,
          isPlainText(text) ? text : parse(text, { shouldParseSkeletons: false }),
        ]),
      );
      return { code: `export default ${JSON.stringify(compiled)};`, moduleType: 'js' };
    },
  };
}
