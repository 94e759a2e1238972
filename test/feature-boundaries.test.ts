import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Who may import what (docs/decisions/0010-feature-boundaries.md). Each rule lists every import
// that breaks it as `file:line imports 'specifier'`, so a failure says where to look. Tests, and
// the web's test helpers, may import anything and are not read.

const root = fileURLToPath(new URL('..', import.meta.url));

interface Import {
  /** `file:line`, the file relative to the repository root. */
  at: string;
  /** The file that imports, relative to the repository root, with forward slashes. */
  from: string;
  specifier: string;
  /** The imported path relative to the repository root, or null for a package. */
  target: string | null;
}

const toPosix = (path: string) => path.split('\\').join('/');
const isTest = (path: string) => /\.test\.[cm]?[jt]sx?$/.test(path) || path.startsWith('src/web/test/');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => toPosix(join(folder, name)))
    .filter((path) => /\.[cm]?[jt]sx?$/.test(path) && !isTest(path))
    .sort();
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  // Static imports, `export … from`, `import type`, dynamic `import()` and require().
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName: specifier, pos }) => {
    const line = text.slice(0, pos).split('\n').length;
    const relativeImport = specifier.startsWith('.') || specifier.startsWith('/');
    return {
      at: `${file}:${line}`,
      from: file,
      specifier,
      target: relativeImport ? toPosix(relative(root, resolve(root, dirname(file), specifier))) : null,
    };
  });
}

function importsIn(folder: string) {
  const files = sourceFiles(folder);
  return { files, imports: files.flatMap(importsOf) };
}

const inside = (path: string | null, folder: string) => path?.startsWith(`${folder}/`) ?? false;

/** The feature a path belongs to: `src/server/features/<f>/…` or `src/web/features/<f>/…`. */
function featureOf(path: string | null, features: string): string | null {
  if (!path?.startsWith(`${features}/`)) return null;
  return path.slice(features.length + 1).split('/')[0] ?? null;
}

describe('feature boundaries', () => {
  it('a server feature uses another feature only through its *.service.ts files', () => {
    const features = 'src/server/features';
    const { files, imports } = importsIn(features);
    expect(files.length).toBeGreaterThan(50);
    const violations = imports
      .filter(({ from, target }) => {
        const other = featureOf(target, features);
        if (other === null || other === featureOf(from, features)) return false;
        // Public: a *.service.ts at the top of the feature's folder. Repositories, mail texts,
        // helpers and sub-folders are the feature's own.
        const inFeature = target!.slice(`${features}/${other}/`.length);
        return !/^[^/]+\.service\.ts$/.test(inFeature);
      })
      .map(
        ({ at, specifier, target }) =>
          `${at} imports '${specifier}': that is internal to the ${featureOf(target, features)} feature; call a function of one of its *.service.ts files`,
      );
    expect(violations).toEqual([]);
  });

  it('a web feature imports only its own files, src/web/lib and src/shared', () => {
    const features = 'src/web/features';
    const { files, imports } = importsIn(features);
    expect(files.length).toBeGreaterThan(30);
    const violations = imports
      .filter(
        ({ from, target }) =>
          target !== null &&
          !inside(target, `${features}/${featureOf(from, features)}`) &&
          !inside(target, 'src/web/lib') &&
          !inside(target, 'src/shared'),
      )
      .map(({ at, specifier, target }) =>
        inside(target, features)
          ? `${at} imports '${specifier}': another web feature; share through src/web/lib, or combine features in a page (src/web/routes)`
          : `${at} imports '${specifier}': web features use src/web/lib and src/shared; the shell (src/web/app) and pages (src/web/routes) use the features`,
      );
    expect(violations).toEqual([]);
  });

  it('the matching engine imports nothing outside src/core/matching but its solver', () => {
    const core = 'src/core/matching';
    // Pure computation only: no I/O, no database, nothing of the app.
    const packages = new Set(['highs']);
    const { files, imports } = importsIn(core);
    expect(files.length).toBeGreaterThan(5);
    const violations = imports
      .filter(({ specifier, target }) => (target === null ? !packages.has(specifier) : !inside(target, core)))
      .map(
        ({ at, specifier }) =>
          `${at} imports '${specifier}': the engine is pure; it takes everything it needs as input`,
      );
    expect(violations).toEqual([]);
  });

  it('src/shared imports nothing from the server or the web', () => {
    const { files, imports } = importsIn('src/shared');
    expect(files.length).toBeGreaterThan(5);
    const violations = imports
      .filter(({ target }) => inside(target, 'src/server') || inside(target, 'src/web'))
      .map(
        ({ at, specifier }) =>
          `${at} imports '${specifier}': shared code is read by both sides and depends on neither`,
      );
    expect(violations).toEqual([]);
  });
});
