import { ALMATY_CITY_DISTRICTS } from '../core/districts';
import type { WorkspaceAccess } from '../server/workspace-access';

/**
 * The server bench's synthetic workspace: `findings` findings over two runs (run 2 has them
 * all, run 1 90 % of them plus some resolved since, so new/persisting/resolved are computed
 * for real), one person per five findings, indicators for every district. A generated city
 * has too few findings to measure the list and the export at a million.
 */
const RULES = [
  'ASP-01',
  'ASP-02',
  'OSMS-01',
  'OSMS-03',
  'EDU-01',
  'EDU-04',
  'HLT-01',
  'HLT-02',
  'BEN-01',
  'OUT-01',
];

/** Persons of the synthetic workspace (one per five findings): enough for cards and the dashboard. */
export const syntheticPersons = (findings: number): number => Math.max(1000, Math.floor(findings / 5));

export async function seedSynthetic(ws: WorkspaceAccess, findings: number): Promise<void> {
  const districts = ALMATY_CITY_DISTRICTS.map((d) => `'${d.code}'`).join(', ');
  const rules = RULES.map((r) => `'${r}'`).join(', ');
  const persons = syntheticPersons(findings);
  await ws.withConnection(async (c) => {
    await c.run(`INSERT INTO _runs VALUES ('bench-1', 's1', DATE '2025-03-31', TIMESTAMP '2025-04-01 00:00:00', '{}'),
      ('bench-2', 's2', DATE '2025-06-30', TIMESTAMP '2025-07-01 00:00:00', '{}')`);
    await c.run(`INSERT INTO population (iin, last_name, first_name, birth_date, sex, district, address_id, household_id, _line)
      SELECT lpad(i::VARCHAR, 12, '0'), 'Фамилия' || i, 'Имя', DATE '1980-01-01' + (i % 15000)::INTEGER, 'F',
        [${districts}][i % ${ALMATY_CITY_DISTRICTS.length} + 1], 'A' || (i // 3), 'H' || (i // 3), i + 2 FROM range(${persons}) t(i)`);
    // Run 2 has every finding; run 1 has 90 % of them plus some resolved since.
    for (const [run, filter] of [
      ['bench-2', 'TRUE'],
      ['bench-1', 'i % 10 <> 0 OR i > ' + findings],
    ] as const) {
      await c.run(`INSERT INTO findings SELECT '${run}', substr(md5(i::VARCHAR), 1, 16), [${rules}][i % ${RULES.length} + 1], 1,
          ['low', 'medium', 'high'][i % 3 + 1], [${districts}][(i // ${RULES.length}) % ${ALMATY_CITY_DISTRICTS.length} + 1],
          lpad((i % ${persons})::VARCHAR, 12, '0'), '2025-Q2', ((i * 7919) % 500000)::DECIMAL(18, 2), false,
          '{"rows":[{"registry":"population","line":2}]}'
        FROM range(${findings} + ${Math.floor(findings / 20)}) t(i) WHERE (i < ${findings} OR '${run}' = 'bench-1') AND (${filter})`);
    }
    await c.run(`INSERT INTO indicators SELECT r, d, ind, '2025-Q2', 100 + random() * 10, 100 FROM
      (SELECT unnest(['bench-1', 'bench-2']) AS r), (SELECT unnest([${districts}]) AS d),
      (SELECT unnest(['population', 'osms_coverage_pct', 'osms_uninsured', 'no_phc_visit_2y', 'asp_families']) AS ind)`);
  });
}
