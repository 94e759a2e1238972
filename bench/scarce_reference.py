#!/usr/bin/env python3
"""Independent reference for the matching benchmark (issue 17): scipy's sparse assignment solver.

Reads the same CSV files as `crossmentor match` (comma separated, header row, as in
../shared/matching-cases), keeps the pairs the rules allow (different organisations, no excluded
organisation pair in either direction, not forbidden), and finds most mentees matched, then the
largest total score, with scipy.sparse.csgraph.min_weight_full_bipartite_matching:
- each mentor becomes one column per place;
- each mentee gets one more column of its own, "unmatched", so a full matching of the mentees
  always exists;
- a real pair costs C - (BIG + score), the mentee's own column costs C, with BIG above any total
  score, so fewer unmatched mentees always win and then the larger total.
Prints one JSON line: matched, total_score, seconds (solve alone), seconds_total (with reading).
Usage: scarce_reference.py mentees.csv mentors.csv scores.csv exclusions.csv forbid.csv
"""

import csv
import json
import sys
import time
from decimal import Decimal

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader)]
        for fields in reader:
            if fields:
                yield dict(zip(header, fields))


def main():
    started = time.perf_counter()
    mentees_file, mentors_file, scores_file, exclusions_file, forbid_file = sys.argv[1:6]
    mentee_org = {r["id"]: r["organisation"] for r in rows(mentees_file)}
    mentor_org = {}
    capacity = {}
    for r in rows(mentors_file):
        mentor_org[r["id"]] = r["organisation"]
        capacity[r["id"]] = int(r.get("capacity") or 1)
    excluded = set()
    for r in rows(exclusions_file):
        excluded.add((r["organisation_a"], r["organisation_b"]))
        excluded.add((r["organisation_b"], r["organisation_a"]))
    forbidden = {(r["mentee_id"], r["mentor_id"]) for r in rows(forbid_file)}

    pairs = []
    decimals = 0
    for r in rows(scores_file):
        a, b, text = r["mentee_id"], r["mentor_id"], r["score"].strip()
        oa, ob = mentee_org[a], mentor_org[b]
        if oa == ob or (oa, ob) in excluded or (a, b) in forbidden:
            continue
        if "." in text:
            decimals = max(decimals, len(text.split(".")[1]))
        pairs.append((a, b, text))
    scale = 10**decimals
    mentee_ids = sorted(mentee_org)
    row_of = {m: i for i, m in enumerate(mentee_ids)}
    first_column = {}
    columns = 0
    for m in sorted(mentor_org):
        first_column[m] = columns
        columns += capacity[m]
    n = len(mentee_ids)

    best = [0] * n
    weights = []
    for a, b, text in pairs:
        w = int(Decimal(text) * scale)
        weights.append(w)
        best[row_of[a]] = max(best[row_of[a]], w)
    big = sum(best) + 1
    top = big + max(best, default=0) + 1

    count = sum(capacity[b] for _, b, _ in pairs) + n
    row = np.empty(count, dtype=np.int64)
    col = np.empty(count, dtype=np.int64)
    cost = np.empty(count, dtype=np.float64)
    k = 0
    for (a, b, _), w in zip(pairs, weights):
        i = row_of[a]
        for c in range(first_column[b], first_column[b] + capacity[b]):
            row[k], col[k], cost[k] = i, c, top - (big + w)
            k += 1
    for i in range(n):
        row[k], col[k], cost[k] = i, columns + i, top
        k += 1
    graph = csr_matrix((cost, (row, col)), shape=(n, columns + n))

    solve_started = time.perf_counter()
    rows_matched, columns_matched = min_weight_full_bipartite_matching(graph)
    solve_seconds = time.perf_counter() - solve_started

    place_owner = np.empty(columns, dtype=object)
    for m, c in first_column.items():
        place_owner[c : c + capacity[m]] = m
    score_of = {(a, b): w for (a, b, _), w in zip(pairs, weights)}
    matched = 0
    total = 0
    for i, c in zip(rows_matched, columns_matched):
        if c < columns:
            matched += 1
            total += score_of[(mentee_ids[i], place_owner[c])]
    print(
        json.dumps(
            {
                "matched": matched,
                "total_score": total / scale,
                "seconds": round(solve_seconds, 3),
                "seconds_total": round(time.perf_counter() - started, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
