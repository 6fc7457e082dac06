import type { ReactNode } from 'react';

export interface DataColumn {
  readonly key: string;
  readonly label: ReactNode;
  /** Right-aligned figures. */
  readonly numeric?: boolean;
}

/**
 * The markup every figure table shares: a scrollable wrapper, a header row of column
 * labels (numeric columns right-aligned) and the caller's rows.
 */
export function DataTable({
  testId,
  columns,
  children,
}: {
  readonly testId?: string;
  readonly columns: readonly DataColumn[];
  readonly children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A titled card holding one DataTable, with an optional hint under the title. */
export function TableCard({
  title,
  hint,
  ...table
}: {
  readonly title: ReactNode;
  readonly hint?: ReactNode;
  readonly testId?: string;
  readonly columns: readonly DataColumn[];
  readonly children: ReactNode;
}) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {hint ? <p className="hint">{hint}</p> : null}
      <DataTable {...table} />
    </section>
  );
}
