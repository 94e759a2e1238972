// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '../../../test/dom.tsx';
import { CsvColumnsHelp } from './csv-columns-help.tsx';

describe('CsvColumnsHelp', () => {
  it('says the columns are named in English and shows the German names accepted too', async () => {
    await render(<CsvColumnsHelp organisationOptional={false} />);
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('The columns are named in English, whatever the language of this page');
    expect(text).toContain('German names are accepted too');
    expect(text).toContain('role or Rollerequired');
    // A name that is the same word in both languages is shown once.
    const names = [...document.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(names[1]).toBe('namerequired');
    expect(text).not.toContain('leave empty for your own organisation');
  });
});
