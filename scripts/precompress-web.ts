// Writes brotli (.br) and gzip (.gz) siblings of the built web app's text files, once, at build
// time, so the server sends them without compressing on every request (@fastify/static's
// `preCompressed` picks the variant the browser's Accept-Encoding asks for). Used by vite.config.ts.
// The gzip files come from Zopfli: ordinary gzip that any client reads, about 3 % smaller than zlib's
// best, for a few seconds more per build (it runs once per build, never per request).
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);

/** Text the browser loads; source maps are never served, images are compressed already. */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/;
/** Below this, compression saves less than the request's headers weigh. */
const MIN_BYTES = 1024;

export type Compressed = { file: string; bytes: number; brotli: number | null; gzip: number | null };

/** Compresses each file; a variant that is not smaller than the original is not written. */
export async function precompressFiles(dir: string, files: readonly string[]): Promise<Compressed[]> {
  const chosen = files.filter((file) => COMPRESSIBLE.test(file));
  return Promise.all(
    chosen.map(async (file): Promise<Compressed> => {
      const path = join(dir, file);
      const bytes = await readFile(path);
      if (bytes.length < MIN_BYTES) return { file, bytes: bytes.length, brotli: null, gzip: null };
      const [br, gz] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
        zopfliGzip(bytes, { numiterations: 5 }),
      ]);
      const keepBr = br.length < bytes.length;
      const keepGz = gz.length < bytes.length;
      if (keepBr) await writeFile(`${path}.br`, br);
      if (keepGz) await writeFile(`${path}.gz`, gz);
      return {
        file,
        bytes: bytes.length,
        brotli: keepBr ? br.length : null,
        gzip: keepGz ? gz.length : null,
      };
    }),
  );
}

/** A Vite build step: after the bundle is written, compress what it wrote. */
export function precompress(): Plugin {
  let outDir = '';
  let info: (message: string) => void = () => {};
  return {
    name: 'crossmentor:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      info = (message) => config.logger.info(message);
    },
    async writeBundle(_options, bundle) {
      const done = await precompressFiles(outDir, Object.keys(bundle));
      const written = done.filter((f) => f.brotli !== null || f.gzip !== null).length;
      info(`precompressed ${written} files (.br, .gz) in ${outDir}`);
    },
  };
}
