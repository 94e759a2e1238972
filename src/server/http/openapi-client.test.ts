import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { participantEndpoints } from '../../shared/contract/participants.ts';

// A client generated from the API document with openapi-typescript must compile and know every
// operation: its parameters, its body in each content type, and its answer. The generated check
// below names each of them from the document; a missing or untyped one does not compile.

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie' };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};

let t: TestApp;
let document: OpenAPI3;
beforeAll(async () => {
  t = await buildTestApp();
  document = (await t.app.inject({ url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

const text = (value: string) => JSON.stringify(value);

/** A TypeScript file that refers to every operation of the document as the generated types have it. */
function clientSource(doc: OpenAPI3): string {
  const lines = [
    `import type { operations, paths } from './api.ts';`,
    '',
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type Content<T> = T extends { content: infer C } ? C : never;',
    `type BodyOf<Id extends keyof operations> = Content<NonNullable<operations[Id]['requestBody']>>;`,
    `type AnswerOf<Id extends keyof operations> = operations[Id]['responses'] extends infer R`,
    '  ? { [S in keyof R]: S extends 200 | 201 | 202 ? Content<R[S]>[keyof Content<R[S]>] : never }[keyof R]',
    '  : never;',
    '',
  ];
  const ids: string[] = [];
  // Each operation's parameters, bodies and answers, one type each (named by a counter).
  const named = (type: string) => lines.push(`export type T${lines.length} = ${type};`);
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const [method, value] of Object.entries(pathItem)) {
      const op = value as Operation;
      const at = `operations[${text(op.operationId)}]`;
      ids.push(text(op.operationId));
      lines.push(
        `export const path${ids.length}: Same<paths[${text(path)}][${text(method)}], ${at}> = true;`,
      );
      for (const p of op.parameters ?? []) {
        named(`NonNullable<${at}['parameters'][${text(p.in)}]>[${text(p.name)}]`);
      }
      for (const type of Object.keys(op.requestBody?.content ?? {})) {
        named(`NonNullable<${at}['requestBody']>['content'][${text(type)}]`);
      }
      for (const [status, response] of Object.entries(op.responses)) {
        for (const type of Object.keys(response.content ?? {})) {
          named(`${at}['responses'][${status}]['content'][${text(type)}]`);
        }
      }
    }
  }
  lines.push(`export const everyOperation: Same<keyof operations, ${ids.join(' | ')}> = true;`);

  // A caller of the CSV import, as a small typed client would write one.
  const importId = text(participantEndpoints.importCsv.operationId);
  const exportId = text(participantEndpoints.exportCsv.operationId);
  lines.push(
    '',
    'declare function send<Id extends keyof operations, Type extends keyof BodyOf<Id>>(',
    '  operationId: Id,',
    `  parameters: operations[Id]['parameters'],`,
    '  contentType: Type,',
    '  body: BodyOf<Id>[Type],',
    '): Promise<AnswerOf<Id>>;',
    '',
    `const query = { cycleId: '00000000-0000-4000-8000-000000000000', dryRun: 'true' as const };`,
    `export const imported = send(${importId}, { query }, 'text/csv', 'email,name,role\\n')`,
    '  .then((answer) => answer.created + answer.updated + answer.unchanged);',
    '// @ts-expect-error the import takes the CSV file itself, not JSON',
    `send(${importId}, { query }, 'application/json', { rows: [] });`,
    '// @ts-expect-error the file is text',
    `send(${importId}, { query }, 'text/csv', 42);`,
    `export const exported: string = {} as ${`operations[${exportId}]`}['responses'][200]['content']['text/csv'];`,
  );
  return `${lines.join('\n')}\n`;
}

describe('a client generated from the API document', () => {
  it('compiles with a typed operation for every operationId, and sends the CSV import as text/csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossmentor-openapi-'));
    try {
      writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(document)));
      const client = join(dir, 'client.ts');
      writeFileSync(client, clientSource(document));
      const program = ts.createProgram([client], {
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        allowImportingTsExtensions: true,
        lib: ['lib.es2022.d.ts'],
        types: [],
      });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
        const line = where ? d.file!.text.split('\n')[where.line] : '';
        return `${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n    ${line}`;
      });
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
