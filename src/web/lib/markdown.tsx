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

/** A line of the source with its number, which keys it in the rendered list. */
type Line = { at: number; text: string };
type Block =
  | { kind: 'p'; at: number; lines: Line[] }
  | { kind: 'ul'; at: number; items: Line[] }
  | { kind: 'ol'; at: number; items: Line[]; start: number };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;

function blocks(source: string): Block[] {
  const result: Block[] = [];
  let current: Block | null = null;
  const open = <B extends Block>(block: B): B => {
    result.push(block);
    current = block;
    return block;
  };
  for (const [at, line] of source.replace(/\r\n?/g, '\n').split('\n').entries()) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const block = current as Block | null;
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet) {
      const list = block?.kind === 'ul' ? block : open({ kind: 'ul', at, items: [] });
      list.items.push({ at, text: bullet[1]! });
    } else if (numbered) {
      const list =
        block?.kind === 'ol' ? block : open({ kind: 'ol', at, items: [], start: Number(numbered[1]) });
      list.items.push({ at, text: numbered[2]! });
    } else {
      const paragraph = block?.kind === 'p' ? block : open({ kind: 'p', at, lines: [] });
      paragraph.lines.push({ at, text: line });
    }
  }
  return result;
}

/** Notes as typed, shown as formatted text. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className ?? 'prose'}>
      {blocks(source).map((block) => {
        const key = `b${block.at}`;
        if (block.kind === 'ul' || block.kind === 'ol') {
          const items = block.items.map((item) => (
            <li key={`l${item.at}`}>{inline(item.text, `l${item.at}`)}</li>
          ));
          return block.kind === 'ul' ? (
            <ul key={key}>{items}</ul>
          ) : (
            <ol key={key} start={block.start === 1 ? undefined : block.start}>
              {items}
            </ol>
          );
        }
        return (
          <p key={key}>
            {block.lines.flatMap((line, j) => [
              ...(j > 0 ? [<br key={`br${line.at}`} />] : []),
              ...inline(line.text, `l${line.at}`),
            ])}
          </p>
        );
      })}
    </div>
  );
}
