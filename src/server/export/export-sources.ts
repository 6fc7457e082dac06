import type { DuckDBValue } from '@duckdb/node-api';
import type { Store } from '../../store/open-store';
import type { WorkspaceAccess } from '../workspace-access';
import type { Cell, RowSource } from './table-stream';

/** Stream a DuckDB query in chunks, holding one connection for the duration. */
export function duckdbSource(ws: WorkspaceAccess, sql: string, params: readonly DuckDBValue[]): RowSource {
  return (emit) =>
    ws.withConnection(async (connection) => {
      const result = await connection.stream(sql, [...params]);
      for await (const rows of result.yieldRowsJson()) {
        await emit(
          rows.map((r) =>
            r.map((v) => (v === null || typeof v !== 'object' ? (v as Cell) : JSON.stringify(v))),
          ),
        );
      }
    });
}

/** Stream the audit log in sequence order, in batches. */
export function auditSource(
  store: Store,
  filter: { login?: string; action?: string; target?: string },
): RowSource {
  return async (emit) => {
    for (let offset = 0; ; offset += 5000) {
      const page = await store.audit.page(filter, offset, 5000);
      await emit(
        page.items.map((e) => [
          e.seq,
          e.at,
          e.login,
          e.action,
          e.target,
          e.purpose,
          JSON.stringify(e.detail),
          e.prevHash,
          e.hash,
        ]),
      );
      if (page.items.length < 5000) return;
    }
  };
}
export const AUDIT_COLUMNS = [
  'seq',
  'at',
  'login',
  'action',
  'target',
  'purpose',
  'detail',
  'prev_hash',
  'hash',
] as const;
