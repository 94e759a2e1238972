import type { ReactNode } from 'react';

export type DataRow = {
  key: string;
  /** The row's name, its first cell. */
  heading: ReactNode;
  /** The row's figures: its other cells, `<td>` elements. */
  cells: ReactNode;
};

type DataTableProps = {
  caption: string;
  /** A chart's table repeats the chart's caption, shown beside it: read out, not shown again. */
  captionHidden?: boolean;
  /** The first column's heading, which names the rows. */
  rowHeading: string;
  /** The headings of the columns of figures. */
  columns: readonly string[];
  rows: readonly DataRow[];
};

/** The dashboard's and the reports' tables of figures: rows named in their first cell, figures right-aligned. */
export function DataTable({ caption, captionHidden = false, rowHeading, columns, rows }: DataTableProps) {
  return (
    <table className="table table--compact report-table">
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {columns.map((c) => (
            <th key={c} scope="col" className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.heading}</th>
            {row.cells}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
