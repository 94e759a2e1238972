import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, safeHref } from './markdown.tsx';

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe('Markdown notes', () => {
  it('renders paragraphs, line breaks, emphasis, code and lists', () => {
    expect(html('We talked about **budgets** and *delegation*.\nNext: `Q3 plan`\n\nSecond paragraph')).toBe(
      '<div class="prose"><p>We talked about <strong>budgets</strong> and <em>delegation</em>.<br/>Next: <code>Q3 plan</code></p><p>Second paragraph</p></div>',
    );
    expect(html('Goals:\n- speak up in **board** meetings\n- delegate\n\n1. read\n2. write')).toBe(
      '<div class="prose"><p>Goals:</p><ul><li>speak up in <strong>board</strong> meetings</li><li>delegate</li></ul><ol><li>read</li><li>write</li></ol></div>',
    );
  });

  it('links only to web and mail addresses, opened without handing over the page', () => {
    expect(html('See [the plan](https://example.org/plan?a=1&b=2) or [mail](mailto:mia@alpha.example)')).toBe(
      '<div class="prose"><p>See <a href="https://example.org/plan?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">the plan</a> or <a href="mailto:mia@alpha.example" rel="noopener noreferrer" target="_blank">mail</a></p></div>',
    );
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
  });

  it('shows HTML and script links as the text that was typed', () => {
    const out = html(
      '<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n[click](javascript:alert(3)) [x](JaVaScRiPt:alert(4))',
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('href');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(out).toContain('[click](javascript:alert(3))');
    expect(html('**<b onclick="x">bold</b>**')).toBe(
      '<div class="prose"><p><strong>&lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt;</strong></p></div>',
    );
  });
});
