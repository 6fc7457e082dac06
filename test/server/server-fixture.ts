import { createHash } from 'node:crypto';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { composeIin } from '../../src/core/iin';
import { buildApp, type BuildAppOptions } from '../../src/server/build-app';
import { openWorkspaceAccess, type WorkspaceAccess } from '../../src/server/workspace-access';
import type { Store } from '../../src/store/open-store';
import { sqlString } from '../../src/workspace/workspace';
import type { Backend } from '../store/store-backends';

/**
 * A small city of two districts, two verify runs and one user per role, built directly
 * in an in-memory workspace (the tables of docs/architecture.md) and a fresh store.
 */
export const DISTRICT_A = 'ALM-AUEZOV';
export const DISTRICT_B = 'ALM-BOSTANDYK';

export const PERSONS = {
  a1: composeIin('1985-03-04', 'M', 1201),
  a2: composeIin('1950-07-08', 'F', 1302),
  b1: composeIin('1990-11-12', 'F', 1403),
} as const;
/** A name found only in district B's data: it must never reach an officer of A. */
export const B_SECRET_NAME = 'Құпиябекова';

export const findingId = (rule: string, subject: string, period: string | null): string =>
  createHash('md5')
    .update(`${rule}|${subject}|${period ?? ''}`)
    .digest('hex')
    .slice(0, 16);

interface FindingSeed {
  rule: string;
  subject: string;
  period: string | null;
  district: string;
  amount: number | null;
  severity: string;
}

export const FINDINGS_R1: readonly FindingSeed[] = [
  {
    rule: 'ASP-02',
    subject: PERSONS.a1,
    period: '2024-Q4',
    district: DISTRICT_A,
    amount: 1000,
    severity: 'high',
  },
  {
    rule: 'HLT-01',
    subject: PERSONS.a2,
    period: null,
    district: DISTRICT_A,
    amount: 500,
    severity: 'medium',
  },
  { rule: 'OSMS-03', subject: PERSONS.b1, period: null, district: DISTRICT_B, amount: null, severity: 'low' },
];
export const FINDINGS_R2: readonly FindingSeed[] = [
  FINDINGS_R1[0] as FindingSeed,
  {
    rule: 'OUT-01',
    subject: 'HH-A1',
    period: '2025-Q1',
    district: DISTRICT_A,
    amount: null,
    severity: 'low',
  },
  {
    rule: 'EDU-01',
    subject: `990940003030/${PERSONS.a1}`,
    period: null,
    district: DISTRICT_A,
    amount: 250,
    severity: 'medium',
  },
  FINDINGS_R1[2] as FindingSeed,
  { rule: 'BEN-01', subject: PERSONS.b1, period: null, district: DISTRICT_B, amount: 7000, severity: 'high' },
];

const q = (v: string | number | null): string =>
  v === null ? 'NULL' : typeof v === 'number' ? String(v) : sqlString(v);

export async function seedWorkspace(ws: WorkspaceAccess): Promise<void> {
  await ws.withConnection(async (c) => {
    const pop = [
      [PERSONS.a1, 'Ахметов', 'Ерлан', '1985-03-04', 'M', DISTRICT_A, 'ADDR-1', 'HH-A1', 2],
      [PERSONS.a2, 'Сейткали', 'Гүлнар', '1950-07-08', 'F', DISTRICT_A, 'ADDR-2', 'HH-A2', 3],
      [PERSONS.b1, B_SECRET_NAME, 'Айгерім', '1990-11-12', 'F', DISTRICT_B, 'ADDR-9', 'HH-B1', 4],
    ];
    for (const [iin, last, first, birth, sex, district, address, household, line] of pop) {
      await c.run(
        `INSERT INTO population (iin, last_name, first_name, birth_date, sex, district, address_id, household_id, _line)
         VALUES (${q(iin as string)}, ${q(last as string)}, ${q(first as string)}, DATE ${q(birth as string)}, ${q(sex as string)},
           ${q(district as string)}, ${q(address as string)}, ${q(household as string)}, ${line})`,
      );
    }
    await c.run(`INSERT INTO contributions (iin, payer_bin, period, income_kzt, _line, linked_by_name)
      VALUES (${q(PERSONS.a1)}, '990940003030', DATE '2025-01-01', 250000.50, 2, false)`);
    await c.run(`INSERT INTO osms_status (iin, insured, category, as_of, _line, linked_by_name)
      VALUES (${q(PERSONS.b1)}, false, 'none', DATE '2025-03-01', 2, false)`);
    for (const [iin, line] of [
      [PERSONS.a1, 2],
      [PERSONS.b1, 3],
      [PERSONS.a2, 4],
    ] as const) {
      await c.run(`INSERT INTO phc_attachment (iin, clinic_bin, attached_since, _line, linked_by_name)
        VALUES (${q(iin)}, '990940003030', DATE '2020-01-01', ${line}, false)`);
    }
    // a2 had a visit last year: not on the no-PHC-visit list.
    await c.run(`INSERT INTO medical_services (service_id, iin, clinic_bin, doctor_iin, service_date, paid_kzt, _line, linked_by_name)
      VALUES ('S1', ${q(PERSONS.a2)}, '990940003030', ${q(PERSONS.a1)}, DATE '2024-10-01', 3000, 2, false)`);
    await c.run(`INSERT INTO _runs VALUES ('r1', 'snap-1', DATE '2025-01-01', TIMESTAMP '2025-01-02 10:00:00', '{}'),
      ('r2', 'snap-2', DATE '2025-04-01', TIMESTAMP '2025-04-02 10:00:00', '{}')`);
    for (const [run, seeds] of [
      ['r1', FINDINGS_R1],
      ['r2', FINDINGS_R2],
    ] as const) {
      for (const f of seeds) {
        const evidence = JSON.stringify({ subject: f.subject, rows: [{ registry: 'population', line: 2 }] });
        await c.run(`INSERT INTO findings VALUES (${q(run)}, ${q(findingId(f.rule, f.subject, f.period))}, ${q(f.rule)}, 1,
          ${q(f.severity)}, ${q(f.district)}, ${q(f.subject)}, ${q(f.period)}, ${q(f.amount)}, false, ${q(evidence)})`);
      }
    }
    for (const [run, district, indicator, computed, reported] of [
      ['r1', DISTRICT_A, 'population', 2, 2],
      ['r2', DISTRICT_A, 'population', 2, 3],
      ['r2', DISTRICT_A, 'osms_coverage_pct', 50, 100],
      ['r2', DISTRICT_B, 'population', 1, 1],
      ['r2', DISTRICT_B, 'osms_coverage_pct', 0, null],
    ] as const) {
      await c.run(
        `INSERT INTO indicators VALUES (${q(run)}, ${q(district)}, ${q(indicator)}, '2025-Q1', ${computed}, ${q(reported)})`,
      );
    }
  });
}

export const USERS = {
  admin: { login: 'admin', password: 'admin-pass-1', role: 'admin', districts: [] },
  analyst: { login: 'analyst', password: 'analyst-pass-1', role: 'analyst', districts: [] },
  officerA: {
    login: 'officer-a',
    password: 'officer-pass-1',
    role: 'district_officer',
    districts: [DISTRICT_A],
  },
  officerB: {
    login: 'officer-b',
    password: 'officer-pass-2',
    role: 'district_officer',
    districts: [DISTRICT_B],
  },
  auditor: { login: 'auditor', password: 'auditor-pass-1', role: 'auditor', districts: [] },
  viewer: { login: 'viewer', password: 'viewer-pass-1', role: 'viewer', districts: [] },
} as const;
export type UserKey = keyof typeof USERS;

export interface Fixture {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly workspace: WorkspaceAccess;
  readonly routes: RouteOptions[];
  close(): Promise<void>;
}

export async function startFixture(
  backend: Backend,
  options: Partial<BuildAppOptions> = {},
  workspaceFile = ':memory:',
): Promise<Fixture> {
  const store = await backend.open();
  const workspace = await openWorkspaceAccess(workspaceFile, { threads: 1 });
  if (!options.workspace) await seedWorkspace(workspace);
  for (const user of Object.values(USERS))
    await store.users.create({ ...user, districts: [...user.districts] });
  const routes: RouteOptions[] = [];
  const app = await buildApp({
    store,
    workspace,
    dataDir: '/tmp/birtizim-test',
    rules: [],
    onRoute: (r) => routes.push(r),
    ...options,
  });
  await app.ready();
  return {
    app,
    store,
    workspace,
    routes,
    async close() {
      await app.close();
      await workspace.close();
      await store.close();
    },
  };
}

export interface Session {
  readonly headers: Record<string, string>;
  readonly csrf: string;
}

/** Sign in and return headers for later requests (cookie, CSRF token, purpose). */
export async function signIn(
  app: FastifyInstance,
  who: UserKey,
  purpose: string | null = 'case review',
): Promise<Session> {
  const user = USERS[who];
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: user.login, password: user.password, ...(purpose ? { purpose } : {}) },
  });
  if (response.statusCode !== 200) throw new Error(`login ${who}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'bz_session');
  const body = response.json<{ csrfToken: string }>();
  return {
    headers: { cookie: `bz_session=${cookie?.value}`, 'x-csrf-token': body.csrfToken },
    csrf: body.csrfToken,
  };
}
