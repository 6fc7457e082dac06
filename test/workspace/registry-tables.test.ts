import { describe, expect, it } from 'vitest';
import { REGISTRY_NAMES } from '../../src/registries/catalog';
import { createEmptyWorkspace } from '../../src/workspace/registry-tables';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';

describe('workspace DDL', () => {
  it('creates every registry table with its typed columns', async () => {
    await withWorkspace({ file: ':memory:' }, async (c) => {
      await createEmptyWorkspace(c);
      const tables = await queryRows<{ name: string }>(
        c,
        'SELECT table_name AS name FROM information_schema.tables',
      );
      const names = tables.map((t) => t.name);
      for (const registry of REGISTRY_NAMES) expect(names).toContain(registry);
      const cols = await queryRows<{ column_name: string; data_type: string }>(
        c,
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'asp_cases'",
      );
      const types = Object.fromEntries(cols.map((r) => [r.column_name, r.data_type]));
      expect(types.period).toBe('DATE');
      expect(types.paid_kzt).toBe('DECIMAL(18,2)');
      expect(types.linked_by_name).toBe('BOOLEAN');
      expect(types._line).toBe('BIGINT');
    });
  });
});
