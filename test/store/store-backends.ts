import { randomBytes } from 'node:crypto';
import { openStore, type Store } from '../../src/store/open-store';

/**
 * The store and API suites run on both backends. `postgres` needs DATABASE_URL; without
 * it the variant is skipped with a visible message locally, and FAILS in CI (CI=true),
 * so a misconfigured pipeline can never pass by silently testing one backend.
 */
export interface Backend {
  readonly name: 'pglite' | 'postgres';
  readonly available: boolean;
  open(): Promise<Store>;
}

const databaseUrl = process.env.DATABASE_URL;

export const BACKENDS: readonly Backend[] = [
  { name: 'pglite', available: true, open: () => openStore({ dataDir: 'memory://' }) },
  {
    name: 'postgres',
    available: Boolean(databaseUrl) || Boolean(process.env.CI),
    open: () => {
      if (!databaseUrl)
        throw new Error('DATABASE_URL is not set: the postgres variant cannot run (required in CI)');
      // One fresh schema per opened store: parallel test files never share tables.
      return openStore({ dataDir: 'memory://', databaseUrl, schema: `t_${randomBytes(6).toString('hex')}` });
    },
  },
];

if (!databaseUrl && !process.env.CI) {
  process.stderr.write(
    '[store tests] DATABASE_URL not set: postgres variant SKIPPED (set it to run against a server)\n',
  );
}
