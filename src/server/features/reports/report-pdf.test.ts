import { beforeAll, describe, expect, it } from 'vitest';
import { normal, type ReadPdf, readPdf } from '../../../../test/pdf-text.ts';
import type { CycleReport } from '../../../shared/contract/reports.ts';
import { formatMessage } from '../../../shared/i18n/catalogue.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { reportPdfMessages } from '../../../shared/i18n/report-pdf.ts';
import { renderReportPdf } from './report-pdf.ts';
import {
  organisationReportOf,
  sampleEmptyReport,
  sampleOrganisationNames,
  sampleOrganisationReport,
  sampleProgrammeReport,
} from './report-samples.test-support.ts';

// The report PDFs read back by an independent reader (Mozilla's pdf.js), as anyone opening them
// would: page sizes, fonts, and each page's text, in the order drawn and line by line (a table
// row's first line reads as one line).

/** A rendered PDF and what pdf.js reads in it. */
type Rendered = ReadPdf & { bytes: Buffer };

async function render(report: CycleReport, language: UiLanguage): Promise<Rendered> {
  const bytes = await renderReportPdf(report, language);
  return { ...(await readPdf(bytes)), bytes };
}

const say = (
  language: UiLanguage,
  key: Parameters<typeof formatMessage<typeof reportPdfMessages>>[2],
  values?: Record<string, string | number>,
) => normal(formatMessage(reportPdfMessages, language, key, values));

const count = (text: string, part: string) => text.split(part).length - 1;
const linesStartingWith = (pdf: ReadPdf, start: string) =>
  pdf.pages.flatMap((p) => p.lines).filter((l) => l.startsWith(start));

const [muller, strassenbau, oeko] = sampleOrganisationNames as [string, string, string];

describe('renderReportPdf', () => {
  let programmeEn: Rendered;
  let programmeDe: Rendered;
  let leaky: Rendered;
  let organisationDe: Rendered;
  let fifty: Rendered;
  let empty: Rendered;
  const programme = sampleProgrammeReport();
  const fiftyReport = sampleProgrammeReport({ organisations: 50 });

  beforeAll(async () => {
    [programmeEn, programmeDe, leaky, organisationDe, fifty, empty] = await Promise.all([
      render(programme, 'en'),
      render(programme, 'de'),
      render(sampleProgrammeReport({ keepHiddenValues: true }), 'en'),
      render(sampleOrganisationReport(), 'de'),
      render(fiftyReport, 'en'),
      render(sampleEmptyReport(), 'en'),
    ]);
  });

  const all = () => ({ programmeEn, programmeDe, leaky, organisationDe, fifty, empty });

  it('prints every page on A4', () => {
    for (const [name, pdf] of Object.entries(all())) {
      expect(pdf.pages.length, name).toBeGreaterThan(1);
      for (const page of pdf.pages) {
        expect(page.width, name).toBeCloseTo(595.28, 0);
        expect(page.height, name).toBeCloseTo(841.89, 0);
      }
    }
  });

  it('embeds its fonts and never names a standard font', () => {
    for (const [name, pdf] of Object.entries(all())) {
      const raw = pdf.bytes.toString('latin1');
      expect(raw, name).toContain('/FontFile2');
      const baseFonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]);
      expect(baseFonts.length, name).toBeGreaterThan(0);
      for (const font of baseFonts) expect(font, name).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
      expect(raw, name).not.toMatch(/Helvetica|Times-Roman|Courier/);
    }
  });

  it('reads in German with its umlauts, and says which language and report it is', () => {
    for (const word of [
      'Überblick',
      'Männer',
      'Straßenbau AG',
      'Müller & Söhne GmbH',
      'ließe',
      'Öko-Institut',
    ]) {
      expect(programmeDe.text).toContain(word);
    }
    expect(programmeDe.pages[1]?.text).toContain(`Seite 2 von ${programmeDe.pages.length}`);
    expect(programmeEn.pages[1]?.text).toContain(`Page 2 of ${programmeEn.pages.length}`);
    expect(programmeDe.info).toMatchObject({
      Title: 'Evaluationsbericht: Mentoring 2027',
      Author: 'crossmentor',
      Language: 'de',
    });
    expect(programmeEn.info).toMatchObject({ Title: 'Evaluation report: Mentoring 2027', Language: 'en' });
    expect(String(programmeEn.info.CreationDate)).toMatch(/^D:20280115/);
  });

  it('shows the figures: counts per organisation, shares, and means with one decimal in the reader’s language', () => {
    const [organisationRow] = linesStartingWith(programmeEn, muller);
    expect(organisationRow).toMatch(/^Müller & Söhne GmbH 12 10 8 of 10 \(80%\) 40 of 50 /);
    const survey = programme.surveys[0]?.questions.find((q) => q.type === 'scale')?.programme;
    expect(survey?.mean).toBe(3.8);
    expect(programmeEn.text).toContain(`3.8 (n = ${survey?.n})`);
    expect(programmeDe.text).toContain(`3,8 (n = ${survey?.n})`);
    expect(programmeDe.text).toContain('8 von 10 (80 %)');
  });

  it('prints a hidden figure’s reason, never what its cell holds', () => {
    // Canaries the sample puts in hidden cells: 9001, 9002, … (9,001 once grouped) and a mean of 9.87.
    expect(leaky.text).not.toMatch(/9,?0\d\d|9\.9/);
    // Straßenbau's figures would give the small Öko-Institut's away: every one of them hidden.
    // A row's first line, by the name's first word: a long name wraps in a narrow column.
    const hiddenPerRow = (name: string, mark: string) =>
      linesStartingWith(leaky, name.split(' ')[0] ?? name).map((l) => count(l, mark));
    // The events' table has room to write the reason out instead of its mark.
    expect(hiddenPerRow(strassenbau, 'hidden²')).toEqual([3, 0, 7]);
    expect(hiddenPerRow(oeko, 'hidden¹')).toEqual([3, 0, 7]);
    expect(leaky.text).toContain(`${strassenbau} hidden: a hidden figure could be worked out`);
    expect(leaky.text).toContain(`${oeko} hidden: fewer than 5 people`);
    expect(leaky.text).toContain(
      '¹ hidden: fewer than 5 people ² hidden: a hidden figure could be worked out from it',
    );
    // By gender: the two small groups in every measure, and men's promotions that would reveal them.
    expect(count(leaky.text, 'Non-binary people: hidden: fewer than 5 people')).toBe(5);
    expect(count(leaky.text, 'Gender not given: hidden: fewer than 5 people')).toBe(5);
    expect(leaky.text).toContain('Men: hidden: a hidden figure could be worked out from it');
    // The leaky sample prints exactly what the contract's sample does.
    expect(leaky.pages.map((p) => p.text)).toEqual(programmeEn.pages.map((p) => p.text));
  });

  it('gives an organisation its own column beside the programme’s, and names no other organisation', () => {
    expect(organisationDe.pages[0]?.text).toContain(`Vertraulicher Bericht für ${muller}`);
    expect(organisationDe.text).toContain(`nur für den internen Gebrauch von ${muller}`);
    expect(linesStartingWith(organisationDe, 'Kennzahl')[0]).toBe(`Kennzahl ${muller} Programm`);
    expect(organisationDe.text).not.toContain(strassenbau);
    expect(organisationDe.text).not.toContain(oeko);
    expect(programmeDe.text).toContain(oeko);
  });

  it('prints an organisation’s hidden figures in its own report as hidden', async () => {
    const small = await render(
      organisationReportOf(sampleProgrammeReport({ keepHiddenValues: true }), 2),
      'en',
    );
    expect(small.text).not.toMatch(/9,?0\d\d|9\.9/);
    expect(small.text).toContain('Mentors nominated hidden: fewer than 5 people 16');
    expect(small.text).not.toContain(muller);
  });

  it('lists 50 organisations over several pages, with the table’s header on each', () => {
    for (const { name } of fiftyReport.organisations) {
      // Once each in the organisations' table, the events' and the outcomes by organisation.
      expect(count(fifty.text, name), name).toBe(3);
    }
    const pagesWithRows = fifty.pages.filter((p) => p.lines.some((l) => /^Verbundpartner \d\d GmbH/.test(l)));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    for (const page of pagesWithRows) {
      const header = page.lines.findIndex(
        (l) =>
          l.startsWith('Organisation Mentees') ||
          l.startsWith('Organisation Kick-off') ||
          l.startsWith('Organisation Career'),
      );
      const firstRow = page.lines.findIndex((l) => /^Verbundpartner \d\d GmbH/.test(l));
      expect(header).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(firstRow);
    }
  });

  it('says in one sentence each that there are no tandems, closed surveys or outcomes yet', () => {
    for (const key of ['emptyNoTandems', 'emptyNoSurveys', 'emptyNoOutcomes'] as const) {
      expect(count(empty.text, say('en', key)), key).toBe(1);
      expect(programmeEn.text).not.toContain(say('en', key));
    }
    expect(empty.text).not.toContain('Mean (1–5)');
    expect(empty.text).not.toContain('Agreements signed');
    expect(linesStartingWith(empty, muller)[0]).toBe(`${muller} 12 5`);
  });
});
