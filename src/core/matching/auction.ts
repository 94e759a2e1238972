// Starting prices for a solve from the side where every node must be matched (see decomposed.ts):
// a forward auction with a fixed bid increment.
//
// Why: the shortest-augmenting-path solve is exact from any start v ≥ 0, but its searches grow as
// a crowded region fills (from about a hundred nodes to thousands per insertion). Prices within a
// small ε of optimal duals make almost every insertion end at once. An auction finds such prices
// cheaply: each unplaced row bids for its best column, raising that column's price by its margin
// over the second best plus ε, and takes it from the row holding it. Its result is only a start;
// exactness still comes from the solve and the certificate. Work is capped, so a bad case costs at
// most a bounded number of scanned pairs and leaves the prices reached so far.

export interface Auction {
  /** Price of each column, ≥ 0. */
  price: Float64Array;
  /** Row holding each column, or -1. */
  owner: Int32Array;
}

/** An auction of rows (each over its pairs `offsets`/`column`/`weight`) for columns of capacity 1. */
export function auction(
  offsets: Int32Array,
  column: Int32Array,
  weight: Float64Array,
  columns: number,
  epsilon: number,
  maxScanned: number,
): Auction {
  const rows = offsets.length - 1;
  const price = new Float64Array(columns);
  const owner = new Int32Array(columns).fill(-1);
  // A ring of rows waiting to bid; each row is in it at most once.
  const queue = new Int32Array(rows + 1);
  let head = 0;
  let tail = 0;
  for (let r = 0; r < rows; r++) if (offsets[r]! < offsets[r + 1]!) queue[tail++] = r;
  let waiting = tail;
  let scanned = 0;
  while (waiting > 0 && scanned < maxScanned) {
    const r = queue[head]!;
    head = head === rows ? 0 : head + 1;
    waiting--;
    let best = Number.NEGATIVE_INFINITY;
    let second = Number.NEGATIVE_INFINITY;
    let bestColumn = -1;
    const start = offsets[r]!;
    const end = offsets[r + 1]!;
    scanned += end - start;
    for (let e = start; e < end; e++) {
      const c = column[e]!;
      const value = weight[e]! - price[c]!;
      if (value > best || (value === best && c < bestColumn)) {
        second = best;
        best = value;
        bestColumn = c;
      } else if (value > second) second = value;
    }
    price[bestColumn]! += second === Number.NEGATIVE_INFINITY ? epsilon : best - second + epsilon;
    const previous = owner[bestColumn]!;
    owner[bestColumn] = r;
    if (previous >= 0) {
      queue[tail] = previous;
      tail = tail === rows ? 0 : tail + 1;
      waiting++;
    }
  }
  return { price, owner };
}
