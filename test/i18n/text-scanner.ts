import { readFileSync } from 'node:fs';
import ts from 'typescript';

// Finds text written into the web app's source instead of read from a catalogue (docs/i18n.md):
// JSX text, string attributes that are not markup (className, paths, ids), and string or template
// literals that read as words ("Saved.", "must not be empty"). Left alone: comparisons
// (`e.key === 'Enter'`), developer errors (`new Error`, `console.*`), imports, types, object keys,
// CSS class lists and names the same in every language. Run it on files to see what is left:
// `npx tsx test/i18n/text-scanner.ts src/web/routes/cycles.tsx`.

/** Attributes whose strings are markup or addresses, never read as text. */
const markupAttributes = new Set([
  'className',
  'to',
  'href',
  'src',
  'id',
  'htmlFor',
  'name',
  'type',
  'autoComplete',
  'role',
  'rel',
  'target',
  'lang',
  'accept',
  'inputMode',
  'method',
  'action',
  'encType',
  'pattern',
  'key',
  'dateTime',
  'tone',
  'kind',
  'loads',
  'scope',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-live',
  'aria-current',
  'aria-haspopup',
  'aria-sort',
  'aria-autocomplete',
  'fill',
  'viewBox',
  'd',
  'stroke',
  'xmlns',
]);

/** Names written the same in every language. */
const sameInEveryLanguage = new Set(['crossmentor']);

/** Words a person reads: a capitalised word, or two words with a space. CSS class lists are not. */
export function readsAsText(text: string): boolean {
  const trimmed = text.trim();
  if (!/[A-Za-zÄÖÜäöüß]{2}/.test(trimmed) || sameInEveryLanguage.has(trimmed)) return false;
  // One identifier (`AccountsPage`, `ApiError`) is code, not a word.
  if (/^[A-Z][a-z]+[A-Z]\w*$/.test(trimmed)) return false;
  if (/^[a-z0-9_-]+(\s+[a-z0-9_-]+)*$/.test(trimmed) && /--|^[a-z]+-[a-z]/.test(trimmed)) return false;
  if (/^[A-Z][a-zäöüß]/.test(trimmed)) return true;
  return /[A-Za-zäöüß]{2,}\s+[A-Za-zäöüß]{2,}/.test(trimmed);
}

export function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' x ');
  }
  return null;
}

function ignoredContext(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isTypeNode(at)) return true;
    if (ts.isBinaryExpression(at)) {
      const op = at.operatorToken.kind;
      if (
        op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
        op === ts.SyntaxKind.EqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsToken
      )
        return true;
    }
    if (ts.isCallExpression(at) || ts.isNewExpression(at)) {
      const callee = at.expression.getText();
      if (
        /^(console\.\w+|Error|TypeError|RangeError|document\.querySelector(All)?|\w+\.querySelector(All)?|require|import)$/.test(
          callee,
        )
      )
        return true;
    }
    if (ts.isJsxAttribute(at))
      return markupAttributes.has(at.name.getText()) || at.name.getText().startsWith('data-');
    if (ts.isPropertyAssignment(at) && at.name === node) return true;
    if (ts.isCaseClause(at) && at.expression === node) return true;
  }
  return false;
}

export function findings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${line + 1}: ${what.trim().slice(0, 60)}`);
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isJsxText(node) &&
      /[A-Za-zÄÖÜäöüß]{2}/.test(node.text) &&
      !sameInEveryLanguage.has(node.text.trim())
    )
      report(node, node.text);
    const literal = literalText(node);
    if (literal !== null && readsAsText(literal) && !ignoredContext(node)) report(node, literal);
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else for (const span of node.templateSpans) visit(span.expression);
  };
  visit(source);
  return found;
}

if (process.argv[1]?.endsWith('text-scanner.ts')) {
  for (const file of process.argv.slice(2)) for (const f of findings(file)) console.log(`${file}:${f}`);
}
