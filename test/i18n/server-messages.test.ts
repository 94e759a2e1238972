import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { literalText, readsAsText } from './text-scanner.ts';

// The server's messages to people come from catalogues too (docs/i18n.md): an error or a refusal
// takes a message of a catalogue (`say('closedCycleRules')`), worded in the request's language when
// answered. This scans the server for text written straight into one: a string or template with
// words anywhere in the arguments of `new AppError(…)`, `refused(…)`, `notFound(…)`, `conflict(…)`
// or `staleVersion(…)`, their details included. `pending` lists files still to convert; a file on it
// that has become clean fails too, so the list only shrinks.

const root = fileURLToPath(new URL('../..', import.meta.url));
const serverDir = join(root, 'src/server');

const pending = new Set<string>([]);

const messageTakers = new Set(['AppError', 'refused', 'notFound', 'conflict', 'staleVersion']);

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** Text with words handed to an error or a refusal, as `line: text`. */
function messageLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const inArgument = (node: ts.Node) => {
    // An object's keys (`path:`) are names, not text.
    if (ts.isPropertyAssignment(node.parent) && node.parent.name === node) return;
    const text = literalText(node);
    if (text !== null && readsAsText(text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${line + 1}: ${text.trim().slice(0, 60)}`);
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, inArgument);
    else for (const span of node.templateSpans) inArgument(span.expression);
  };
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && messageTakers.has(calleeName(node))) {
      for (const argument of node.arguments ?? []) inArgument(argument);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = readdirSync(serverDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();

describe('messages of the server’s errors and refusals', () => {
  it.each(files.filter((f) => !pending.has(f)))('%s takes them from a catalogue', (file) => {
    expect(messageLiterals(join(serverDir, file))).toEqual([]);
  });

  it.each([...pending])('%s, still pending, has text to move (else take it off the list)', (file) => {
    expect(messageLiterals(join(serverDir, file)).length).toBeGreaterThan(0);
  });

  it('finds text written into an error, its details included', () => {
    const sample = join(root, 'test/i18n/fixtures/server-message-sample.ts');
    expect(messageLiterals(sample)).toEqual([
      '4: The cycle is closed.',
      '5: has words in it',
      '6: Run  x  is still running.',
    ]);
  });
});
