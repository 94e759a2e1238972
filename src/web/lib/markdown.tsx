import type { ReactNode } from 'react';

// A small Markdown subset for notes, rendered to React elements: paragraphs, line breaks,
// **bold**, *italic*, `code`, "- " and "1. " lists and [text](link) links. Everything arrives in
// the page as text nodes, so HTML written into a note is shown as typed and never runs; links
// only open http, https and mailto addresses.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The link target when it is a web or mail address, otherwise null (javascript:, data:, …). */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const INLINE = /`([^`\n]+)`|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|\[([^\]\n]+)\]\(([^)\s]+)\)/;

function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let n = 0;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const k = `${key}-${n++}`;
    const [whole, code, bold, italic, linkText, href] = match;
    if (code !== undefined) out.push(<code key={k}>{code}</code>);
    else if (bold !== undefined) out.push(<strong key={k}>{inline(bold, k)}</strong>);
    else if (italic !== undefined) out.push(<em key={k}>{inline(italic, k)}</em>);
    else {
      const safe = safeHref(href ?? '');
      out.push(
        safe ? (
          <a key={k} href={safe} rel="noopener noreferrer" target="_blank">
            {inline(linkText ?? '', k)}
          </a>
        ) : (
          whole
        ),
      );
    }
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'ul'; items: string[] }
  | { kind: 'ol'; items: string[]; start: number };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;

function blocks(source: string): Block[] {
  const result: Block[] = [];
  let current: Block | null = null;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet) {
      if (current?.kind !== 'ul') result.push((current = { kind: 'ul', items: [] }));
      current.items.push(bullet[1]!);
    } else if (numbered) {
      if (current?.kind !== 'ol')
        result.push((current = { kind: 'ol', items: [], start: Number(numbered[1]) }));
      current.items.push(numbered[2]!);
    } else {
      if (current?.kind !== 'p') result.push((current = { kind: 'p', lines: [] }));
      current.lines.push(line);
    }
  }
  return result;
}

/** Notes as typed, shown as formatted text. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className ?? 'prose'}>
      {blocks(source).map((block, i) => {
        const key = `b${i}`;
        if (block.kind === 'ul') {
          return (
            <ul key={key}>
              {block.items.map((item, j) => (
                <li key={`${key}-${j}`}>{inline(item, `${key}-${j}`)}</li>
              ))}
            </ul>
          );
        }
        if (block.kind === 'ol') {
          return (
            <ol key={key} start={block.start === 1 ? undefined : block.start}>
              {block.items.map((item, j) => (
                <li key={`${key}-${j}`}>{inline(item, `${key}-${j}`)}</li>
              ))}
            </ol>
          );
        }
        return (
          <p key={key}>
            {block.lines.flatMap((line, j) => [
              ...(j > 0 ? [<br key={`${key}-br${j}`} />] : []),
              ...inline(line, `${key}-${j}`),
            ])}
          </p>
        );
      })}
    </div>
  );
}
