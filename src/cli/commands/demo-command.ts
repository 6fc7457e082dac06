import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_PARAMETERS } from '../../core/params';
import { generateCity } from '../../generate/generate-city';
import { openServerResources } from '../../server/server-resources';
import { openStore } from '../../store/open-store';
import { withWorkspace } from '../../workspace/workspace';
import { textIdColumns } from '../../workspace/workspace-format';
import { formatScore } from '../../score/format-score';
import { readFindings, readTruth } from '../../score/read-score-files';
import { scoreFindings } from '../../score/score-findings';
import { runVerify } from '../../verify/run-verify';
import { progressBars } from '../progress-bars';
import { action } from '../run-command';
import { listenUntilStopped, type ServeFlags } from './serve-command';

/** Known demo accounts: local demonstration only, never a deployment. */
const DEMO_USERS = [
  { login: 'admin', password: 'demo-admin', role: 'admin', districts: [] },
  { login: 'analyst', password: 'demo-analyst', role: 'analyst', districts: [] },
  { login: 'auezov', password: 'demo-officer', role: 'district_officer', districts: ['ALM-AUEZOV'] },
  { login: 'auditor', password: 'demo-auditor', role: 'auditor', districts: [] },
  { login: 'viewer', password: 'demo-viewer', role: 'viewer', districts: [] },
] as const;

const say = (text: string): void => void process.stdout.write(`${text}\n`);

/** Whether the demo workspace holds a verify run of the current format (else the demo verifies). */
export async function hasRun(workspaceFile: string): Promise<boolean> {
  if (!existsSync(workspaceFile)) return false;
  return withWorkspace({ file: workspaceFile }, async (c) => {
    const reader = await c.runAndReadAll(
      "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = '_runs'",
    );
    if ((reader.getRowObjectsJson()[0]?.n ?? 0) === 0) return false;
    // Written by an older version: verified again, which loads the snapshot anew.
    if ((await textIdColumns(c)).length > 0) return false;
    return (
      ((await c.runAndReadAll('SELECT count(*)::INTEGER AS n FROM _runs')).getRowObjectsJson()[0]?.n ?? 0) !==
      0
    );
  });
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Generate a demo city (20 000 persons, fixed seed), verify it, create demo users and serve')
    .option('--port <p>', 'port', '8080')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', 'data folder', './birtizim-data')
    .action(
      action(async (flags: ServeFlags) => {
        const dataDir = resolve(flags.data);
        const cityDir = join(dataDir, 'demo-city');
        const workspaceFile = join(dataDir, 'workspace.duckdb');
        if (!existsSync(join(cityDir, 'snapshot'))) {
          say(`generating the demo city into ${cityDir} ...`);
          const bars = progressBars();
          try {
            await generateCity({
              persons: 20_000,
              seed: 'birtizim-demo',
              outDir: cityDir,
              messy: true,
              onProgress: bars.listener,
            });
          } finally {
            bars.stop();
          }
        }
        if (!(await hasRun(workspaceFile))) {
          // The city is verified as of the date it was generated for, read from its
          // manifest, so that the demo's findings match its ground truth.
          const manifest = JSON.parse(readFileSync(join(cityDir, 'truth', 'manifest.json'), 'utf8')) as {
            as_of: string;
          };
          say(`loading and verifying the demo snapshot as of ${manifest.as_of} ...`);
          const outDir = join(dataDir, 'demo-out');
          const bars = progressBars();
          try {
            await runVerify({
              snapshotDir: join(cityDir, 'snapshot'),
              workspaceFile,
              outDir,
              asOf: manifest.as_of,
              params: DEFAULT_PARAMETERS,
              onProgress: bars.listener,
            });
          } finally {
            bars.stop();
          }
          const scores = scoreFindings(
            await readTruth(join(cityDir, 'truth', 'findings.csv')),
            await readFindings(join(outDir, 'findings.csv')),
          );
          say(formatScore(scores));
          say(`verify outputs (checks.md contract): ${outDir}`);
        }
        const store = await openStore({ dataDir, databaseUrl: process.env.DATABASE_URL });
        try {
          for (const user of DEMO_USERS) {
            if (!(await store.users.findByLogin(user.login)))
              await store.users.create({ ...user, districts: [...user.districts] });
          }
        } finally {
          await store.close();
        }
        const resources = await openServerResources({
          dataDir,
          databaseUrl: process.env.DATABASE_URL,
          logger: false,
        });
        const url = await listenUntilStopped(resources, flags);
        say(`\nBirtizim demo: ${url}`);
        say('logins (password):');
        for (const user of DEMO_USERS)
          say(
            `  ${user.login.padEnd(8)} ${user.password.padEnd(14)} ${user.role}${user.districts.length ? ` ${user.districts.join(',')}` : ''}`,
          );
        await new Promise(() => undefined);
      }),
    );
}
