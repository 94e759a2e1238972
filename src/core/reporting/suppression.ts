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
// An organisation's contact also knows their own organisation's figures, hidden or not (they see
// their people one by one), so the sums are tried once more for each organisation with its own
// figure added; a sum about its own people alone tells the contact nothing new.

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
}

/** The figures to hide, each with why. A figure about nobody is never hidden: it says nothing about anyone. */
export function suppress(figures: readonly Figure[], threshold: number): Map<string, HiddenReason> {
  const hidden = new Map<string, HiddenReason>();
  const byMeasure = new Map<string, Figure[]>();
  for (const f of figures) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f]);
  for (const list of byMeasure.values()) suppressMeasure(list, threshold, hidden);
  return hidden;
}

function suppressMeasure(figures: Figure[], threshold: number, hidden: Map<string, HiddenReason>) {
  for (const f of figures) {
    if (f.group.length > 0 && f.group.length < threshold) hidden.set(f.id, 'small_group');
  }
  const table = new Table(figures);
  const isShown = (f: Figure) => !hidden.has(f.id) && f.group.length > 0;
  // A contact whose own figure is shown knows nothing the shown figures do not say: only those
  // whose own figure is hidden read with more.
  const readers = () => [null, ...figures.filter((f) => f.breakdown === 'organisation' && !isShown(f))];
  // Each pass hides at least one more figure or ends, so this ends after at most as many passes as figures.
  for (let hiding = true; hiding; ) {
    hiding = false;
    for (const reader of readers()) {
      for (
        let leak = table.findLeak(isShown, threshold, reader);
        leak;
        leak = table.findLeak(isShown, threshold, reader)
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
  /** People in row r and column c. */
  private readonly both: number[][];

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
      const result: { figure: Figure | null; members: Set<string> }[] = cells.map((c) => ({
        figure: c,
        members: new Set(c.group),
      }));
      if (outside.length > 0) result.push({ figure: null, members: new Set(outside) });
      return result;
    };
    const rowLines = lines(first);
    const columnLines = lines(second);
    this.rows = rowLines.map((l) => l.figure);
    this.columns = columnLines.map((l) => l.figure);
    this.both = rowLines.map((r) => columnLines.map((c) => countBoth(r.members, c.members)));
  }

  /**
   * A shown figure whose hiding closes a sum about 1 to threshold − 1 people, or null when there
   * is none. With a reader, their own figure joins the shown ones, and a sum about their own
   * people alone does not count.
   */
  findLeak(isShown: (f: Figure) => boolean, threshold: number, reader: Figure | null = null): Figure | null {
    const usable = (f: Figure | null) => f !== null && (f === reader || isShown(f));
    const signs = (f: Figure | null) => (usable(f) ? [-1, 0, 1] : [0]);
    const ownRow = reader ? this.rows.indexOf(reader) : -1;
    const ownColumn = reader ? this.columns.indexOf(reader) : -1;
    const rowSigns = this.rows.map(signs);
    const columnCount = this.columns.length;
    for (const t of signs(this.total)) {
      for (const b of product(this.columns.map(signs))) {
        // Each row's people and people not the reader's own, for each of its signs.
        const options = rowSigns.map((choices, r) =>
          choices.map((a) => {
            let people = 0;
            let others = 0;
            const both = this.both[r] as number[];
            for (let c = 0; c < columnCount; c++) {
              if (t + a + (b[c] as number) === 0) continue;
              const n = both[c] as number;
              people += n;
              if (r !== ownRow && c !== ownColumn) others += n;
            }
            return { a, people, others };
          }),
        );
        // Most sign choices leave every row's people in the sum: no small sum, no search.
        let least = 0;
        for (const choices of options) least += Math.min(...choices.map((o) => o.people));
        if (least >= threshold) continue;
        const a = smallSum(options, threshold);
        if (a === null) continue;
        const involved = [
          ...this.rows.filter((f, r) => f !== null && f !== reader && a[r] !== 0),
          ...this.columns.filter((f, c) => f !== null && f !== reader && b[c] !== 0),
        ] as Figure[];
        // Hide the smallest cell involved; the total only when no cell is.
        const smallest = involved.reduce<Figure | null>(
          (x, y) => (x === null || y.group.length < x.group.length ? y : x),
          null,
        );
        return smallest ?? this.total;
      }
    }
    return null;
  }
}

/**
 * A choice of sign per row whose people add up to 1 to threshold − 1, some of them not the
 * reader's own, or null. Sums from the threshold up are all alike (no longer small), so a row at a
 * time keeps 2 × (threshold + 1) states: the sum so far and whether others are in it, each with
 * the option that first reached it, to read the choices back.
 */
function smallSum(
  rows: { a: number; people: number; others: number }[][],
  threshold: number,
): number[] | null {
  const width = 2 * (threshold + 1);
  const state = (sum: number, others: boolean) => Math.min(sum, threshold) * 2 + (others ? 1 : 0);
  /** For each row, the option and the previous state that reached each state; -1 where none did. */
  const came: Int32Array[] = [];
  let reached = new Uint8Array(width);
  reached[0] = 1;
  for (const options of rows) {
    const next = new Uint8Array(width);
    const from = new Int32Array(width * 2).fill(-1);
    for (let s = 0; s < width; s++) {
      if (!reached[s]) continue;
      const sum = s >> 1;
      const others = (s & 1) === 1;
      options.forEach((o, i) => {
        const to = state(sum + o.people, others || o.others > 0);
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

function countBoth(a: Set<string>, b: Set<string>) {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
