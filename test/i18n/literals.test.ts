import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findings } from './text-scanner.ts';

// Text a user reads must come from the catalogues (docs/i18n.md): every file of the web app is
// scanned for text written into it (`text-scanner.ts`), and the scanner itself is checked on
// examples of what it must and must not report.

const root = fileURLToPath(new URL('../..', import.meta.url));
const webDir = join(root, 'src/web');

const files = readdirSync(webDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('test/'))
  .sort();

describe('text in the web app', () => {
  it.each(files)('%s reads every word from a catalogue', (file) => {
    expect(findings(join(webDir, file))).toEqual([]);
  });
});

describe('the text scanner', () => {
  const scan = (source: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'scanner-')), 'example.tsx');
    writeFileSync(file, source);
    return findings(file).map((f) => f.replace(/^\d+: /, ''));
  };

  it('reports words in JSX, in text attributes and in strings a page shows', () => {
    expect(scan('export const A = () => <p>Nothing saved yet.</p>;')).toEqual(['Nothing saved yet.']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is source code with a template literal
    expect(scan('export const A = () => <Field label="Email" hint={`At most ${n} words`} />;')).toEqual([
      'Email',
      'At most  x  words',
    ]);
    expect(scan("setMessage('must not be empty');")).toEqual(['must not be empty']);
    expect(scan("const options = [{ value: 'draft', label: 'Draft' }];")).toEqual(['Draft']);
  });

  it('leaves markup, codes, comparisons, developer errors and types alone', () => {
    expect(
      scan(`
        import { x } from './some file.ts';
        type Kind = 'Some Kind';
        export const A = () => <a className="button button--secondary" href="/cycles" data-x="A b">{'·'}</a>;
        if (event.key === 'Enter') throw new Error('Something broke here');
        console.error('Unexpected answer', value);
        const fields = ['email', 'role'] as const;
        const brand = <span>crossmentor</span>;
        const Page = lazyPage(load, 'CyclesPage');
      `),
    ).toEqual([]);
  });
});
