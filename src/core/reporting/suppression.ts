// Which figures of a report to hide so that none tells anything about fewer than `threshold`
// people, directly or by adding and subtracting figures published together (decision 0022).
// Pure: no I/O.
//
// A figure is an aggregate (a count, a sum, a mean with its n) over a group of people. Figures of
// one measure can be added and subtracted: the programme's total less every shown organisation is
// the hidden organisations' figure; an organisation plus women less the total is that
// organisation's women; an organisation less women is its men less the other organisations'
// women. So besides each small group (primary suppression) more figures are hidden until no sum
// of shown figures, each added, subtracted or left out, is about 1 to threshold − 1 people
// (complementary suppression).
//
// Contacts read reports with more than the reports say. They know their own organisation's figure
// (their survey results page shows it), and for some measures individual people: their own, and
// the tandem partners and tandems the health list shows them. A sum is then about the people in it
// they do not know; it must not be about 1 to threshold − 1 of those either.

export type HiddenReason = 'small_group' | 'complementary';

export interface Figure {
  /** Unique among the figures passed together. */
  id: string;
  /** Figures of one measure can be added and subtracted; of different measures, not. */
  measure: string;
  /**
   * The cells of one breakdown are about disjoint groups (each organisation; each gender); the
   * programme's total is the breakdown 'programme'. A measure has at most two other breakdowns.
   */
  breakdown: string;
  /** The people (or tandems) the figure is about. */
  group: readonly string[];
  /** The organisation whose figure this is, for an organisation's cell: its contacts know it. */
  owner?: string;
}

/** An organisation's contacts, as readers of every report. */
export interface Reader {
  organisationId: string;
  /** The people (or tandems) of a measure they know one by one. */
  knows(measure: string): ReadonlySet<string>;
}

/** The figures to hide, each with why. A figure about nobody is never hidden: it says nothing about anyone. */
export function suppress(
  figures: readonly Figure[],
  threshold: number,
  readers: readonly Reader[] = [],
): Map<string, HiddenReason> {
  const hidden = new Map<string, HiddenReason>();
  const byMeasure = new Map<string, Figure[]>();
  for (const f of figures) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f]);
  for (const list of byMeasure.values()) suppressMeasure(list, threshold, readers, hidden);
  return hidden;
}

/** What one reader brings to one measure: their own figure and the people they know. */
interface Reading {
  own: Figure | null;
  known: ReadonlySet<string>;
}

const nobody: ReadonlySet<string> = new Set();

function suppressMeasure(
  figures: Figure[],
  threshold: number,
  readers: readonly Reader[],
  hidden: Map<string, HiddenReason>,
) {
  for (const f of figures) {
    if (f.group.length > 0 && f.group.length < threshold) hidden.set(f.id, 'small_group');
  }
  const table = new Table(figures);
  const isShown = (f: Figure) => !hidden.has(f.id) && f.group.length > 0;
  const measure = figures[0]?.measure ?? '';
  const readings: Reading[] = readers.map((r) => ({
    own: figures.find((f) => f.owner === r.organisationId) ?? null,
    known: r.knows(measure),
  }));
  // A reader who knows nobody and whose own figure is shown learns nothing the shown figures do
  // not say: the anonymous reader stands for them.
  const worthReading = () => [
    null,
    ...readings.filter((r) => r.known.size > 0 || (r.own !== null && !isShown(r.own))),
  ];
  // Each pass hides at least one more figure or ends, so this ends after at most as many passes as figures.
  for (let hiding = true; hiding; ) {
    hiding = false;
    for (const reading of worthReading()) {
      for (
        let leak = table.findLeak(isShown, threshold, reading);
        leak;
        leak = table.findLeak(isShown, threshold, reading)
      ) {
        hidden.set(leak.id, 'complementary');
        hiding = true;
      }
    }
  }
}

/**
 * A measure's figures as a table: the cells of the breakdown with more of them are rows, the
 * other breakdown's are columns (one column of everyone when there is no other), and each
 * row-column pair holds the people in both. A sum with signs of the total, rows and columns gives
 * each pair the weight total + row + column; the people it is about are those of the pairs whose
 * weight is not 0.
 */
class Table {
  private readonly total: Figure | null;
  private readonly rows: (Figure | null)[];
  private readonly columns: (Figure | null)[];
  /** The people in row r and column c. */
  private readonly both: string[][][];

  constructor(figures: Figure[]) {
    this.total = figures.find((f) => f.breakdown === 'programme') ?? null;
    const breakdowns = new Map<string, Figure[]>();
    for (const f of figures) {
      if (f.breakdown !== 'programme')
        breakdowns.set(f.breakdown, [...(breakdowns.get(f.breakdown) ?? []), f]);
    }
    if (breakdowns.size > 2) throw new Error('A measure can be broken down two ways at most');
    const [first = [], second = []] = [...breakdowns.values()].sort((a, b) => b.length - a.length);
    const everyone = new Set(figures.flatMap((f) => f.group));
    // People in no row (or column) make a line of their own that no shown figure names.
    const lines = (cells: Figure[]) => {
      const covered = new Set(cells.flatMap((c) => c.group));
      const outside = [...everyone].filter((p) => !covered.has(p));
      const result: { figure: Figure | null; members: readonly string[] }[] = cells.map((c) => ({
        figure: c,
        members: c.group,
      }));
      if (outside.length > 0) result.push({ figure: null, members: outside });
      return result;
    };
    const rowLines = lines(first);
    const columnLines = lines(second);
    this.rows = rowLines.map((l) => l.figure);
    this.columns = columnLines.map((l) => l.figure);
    const columnOf = new Map<string, number>();
    columnLines.forEach((c, i) => {
      for (const m of c.members) columnOf.set(m, i);
    });
    this.both = rowLines.map((r) => {
      const cells = columnLines.map((): string[] => []);
      for (const m of r.members) cells[columnOf.get(m) ?? 0]?.push(m);
      return cells;
    });
  }

  /**
   * A shown figure whose hiding closes a sum about 1 to threshold − 1 people the reader does not
   * know, or null when there is none. A reader's own figure joins the shown ones.
   */
  findLeak(isShown: (f: Figure) => boolean, threshold: number, reading: Reading | null): Figure | null {
    const own = reading?.own ?? null;
    const known = reading?.known ?? nobody;
    const usable = (f: Figure | null) => f !== null && (f === own || isShown(f));
    const signs = (f: Figure | null) => (usable(f) ? [-1, 0, 1] : [0]);
    /** How many in each row-column pair the reader does not know. */
    const unknown = this.both.map((row) =>
      row.map((people) => (known.size === 0 ? people.length : people.filter((p) => !known.has(p)).length)),
    );
    const rowSigns = this.rows.map(signs);
    const columnCount = this.columns.length;
    // A sum of the reader's own figure alone tells them nothing new: some published figure must be in it.
    const published = (f: Figure | null) => f !== null && f !== own;
    for (const t of signs(this.total)) {
      for (const b of product(this.columns.map(signs))) {
        const usesPublished =
          (t !== 0 && published(this.total)) || this.columns.some((f, c) => b[c] !== 0 && published(f));
        // Each row's unknown people in the sum, for each of its signs.
        const options = rowSigns.map((choices, r) =>
          choices.map((a) => {
            let people = 0;
            const counts = unknown[r] as number[];
            for (let c = 0; c < columnCount; c++) {
              if (t + a + (b[c] as number) !== 0) people += counts[c] as number;
            }
            return { a, people, published: a !== 0 && published(this.rows[r] ?? null) };
          }),
        );
        // Most sign choices leave every row's people in the sum: no small sum, no search.
        let least = 0;
        for (const choices of options) least += Math.min(...choices.map((o) => o.people));
        if (least >= threshold) continue;
        const a = smallSum(options, threshold, usesPublished);
        if (a === null) continue;
        const involved = [
          ...this.rows.filter((f, r) => published(f) && a[r] !== 0),
          ...this.columns.filter((f, c) => published(f) && b[c] !== 0),
        ] as Figure[];
        // Hide the smallest cell involved; the total only when no cell is.
        const smallest = involved.reduce<Figure | null>(
          (x, y) => (x === null || y.group.length < x.group.length ? y : x),
          null,
        );
        const leak = smallest ?? this.total;
        if (leak === null || !isShown(leak)) throw new Error('A small sum without a shown figure to hide');
        return leak;
      }
    }
    return null;
  }
}

/**
 * A choice of sign per row whose people add up to 1 to threshold − 1, with some published figure
 * in the sum, or null. Sums from the threshold up are all alike (no longer small), so a row at a
 * time keeps 2 × (threshold + 1) states: the sum and whether a published figure is in it, each
 * with the option that first reached it, to read the choices back.
 */
function smallSum(
  rows: { a: number; people: number; published: boolean }[][],
  threshold: number,
  publishedAlready: boolean,
): number[] | null {
  const width = 2 * (threshold + 1);
  const state = (sum: number, published: boolean) => Math.min(sum, threshold) * 2 + (published ? 1 : 0);
  /** For each row, the option and the previous state that reached each state; -1 where none did. */
  const came: Int32Array[] = [];
  let reached = new Uint8Array(width);
  reached[state(0, publishedAlready)] = 1;
  for (const options of rows) {
    const next = new Uint8Array(width);
    const from = new Int32Array(width * 2).fill(-1);
    for (let s = 0; s < width; s++) {
      if (!reached[s]) continue;
      const sum = s >> 1;
      const published = (s & 1) === 1;
      options.forEach((o, i) => {
        const to = state(sum + o.people, published || o.published);
        if (next[to]) return;
        next[to] = 1;
        from[to * 2] = i;
        from[to * 2 + 1] = s;
      });
    }
    came.push(from);
    reached = next;
  }
  for (let sum = 1; sum < threshold; sum++) {
    let s = state(sum, true);
    if (!reached[s]) continue;
    const choices = new Array<number>(rows.length);
    for (let r = rows.length - 1; r >= 0; r--) {
      const from = came[r] as Int32Array;
      choices[r] = (rows[r] as { a: number }[])[from[s * 2] as number]?.a as number;
      s = from[s * 2 + 1] as number;
    }
    return choices;
  }
  return null;
}

function* product(choices: number[][]): Generator<number[]> {
  if (choices.length === 0) {
    yield [];
    return;
  }
  const [head = [], ...tail] = choices;
  for (const rest of product(tail)) for (const x of head) yield [x, ...rest];
}
