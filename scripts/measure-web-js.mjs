// Sums the JavaScript a first visit (the sign-in page) downloads from the built web app: index.html's
// module scripts and modulepreloads, and every file those import statically. Chunks reached only by a
// dynamic import() (the other pages) are not counted. Compressed sizes are those of the .br and .gz
// files the build wrote, which is what the server sends; a file without them is compressed here at
// zlib's highest levels instead.
// Usage: npm run build:web && node scripts/measure-web-js.mjs [dist/web]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist/web';
const html = readFileSync(join(root, 'index.html'), 'utf8');

const entries = [
  ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
  ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
].map((m) => join(root, m[1]));

// `import{a}from"./x.js"` and `import"./x.js"` are static; `import("./x.js")` is not matched.
const staticImport = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

const seen = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(staticImport)) queue.push(join(dirname(file), m[1]));
}

let raw = 0;
let gzip = 0;
let brotli = 0;
for (const file of seen) {
  const bytes = readFileSync(file);
  const g = existsSync(`${file}.gz`)
    ? readFileSync(`${file}.gz`).length
    : gzipSync(bytes, { level: 9 }).length;
  const b = existsSync(`${file}.br`)
    ? readFileSync(`${file}.br`).length
    : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += bytes.length;
  gzip += g;
  brotli += b;
  console.log(`${relative(root, file).padEnd(40)} ${kb(bytes.length)} raw  ${kb(g)} gzip  ${kb(b)} brotli`);
}
console.log(`${'sign-in page, total'.padEnd(40)} ${kb(raw)} raw  ${kb(gzip)} gzip  ${kb(brotli)} brotli`);

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`.padStart(9);
}
