#!/usr/bin/env node
// Renders a PDF's first pages to PNG for a look at their layout (the browser journey shows them):
// `node scripts/pdf-to-png.mjs <file.pdf> <out-prefix> [pages]`. Uses pdftoppm from Debian's
// poppler-utils at 80 dpi; prints the PNG files it wrote, one a line.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const [file, prefix, pagesArg] = process.argv.slice(2);
if (!file || !prefix) {
  console.error('usage: node scripts/pdf-to-png.mjs <file.pdf> <out-prefix> [pages]');
  process.exit(2);
}
const pages = pagesArg === undefined ? 1 : Number(pagesArg);
if (!Number.isInteger(pages) || pages < 1) {
  console.error(`pages must be a whole number from 1, not "${pagesArg}"`);
  process.exit(2);
}

// Files left from an earlier run under the same prefix are not this run's: only newer ones count.
const started = Date.now() - 1000;
try {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(pages), file, prefix], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
} catch (error) {
  if (error.code === 'ENOENT') console.error('pdftoppm is missing: apt-get install -y poppler-utils');
  process.exit(1);
}

// pdftoppm numbers its files prefix-1.png, or prefix-01.png once there are 10 pages or more.
const out = resolve(prefix);
const numbered = /^(.*)-(\d+)\.png$/;
const written = readdirSync(dirname(out))
  .map((name) => ({ name, match: numbered.exec(name) }))
  .filter(({ match }) => match?.[1] === basename(out))
  .map(({ name, match }) => ({ name, page: Number(match?.[2]) }))
  .filter(({ name, page }) => page <= pages && statSync(resolve(dirname(out), name)).mtimeMs >= started)
  .sort((a, b) => a.page - b.page);
for (const { name } of written) console.log(resolve(dirname(out), name));
