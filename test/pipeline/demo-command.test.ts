import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `birtizim demo` is what the README's first command runs after `npm ci`: generate the demo
 * city, load and verify it, score the findings against the city's truth, create the demo
 * users and serve. Its parts are tested one by one elsewhere; this drives the command itself,
 * as a user starts it, on the embedded store (DATABASE_URL removed, as on a fresh machine).
 */
const BIN = fileURLToPath(new URL('../../bin/birtizim.mjs', import.meta.url));

/** Resolves with everything printed once `pattern` appears; rejects if the process ends first. */
function printedUntil(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out)) resolve(out);
    });
    child.once('exit', (code) => reject(new Error(`demo ended (${code}) before serving:\n${out}\n${err}`)));
  });
}

describe('birtizim demo', () => {
  it('generates and verifies the demo city with every planted finding found, then serves it to the demo users', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bz-demo-'));
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, 'demo', '--data', dataDir, '--port', '0'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const out = await printedUntil(child, /Birtizim demo: (http:\/\/\S+)/);
      // The score table's total line: planted = found, none missed, no false positive, no
      // near-miss hit, recall and precision 100 %, every amount right.
      const total =
        /^total\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%\s+([\d.]+)%\s+(\d+)\/(\d+)\s*$/m.exec(
          out,
        );
      expect(total, out).not.toBeNull();
      const [
        ,
        planted,
        found,
        missed,
        falsePositives,
        nearMissesHit,
        recall,
        precision,
        amountsRight,
        amounts,
      ] = total ?? [];
      expect(Number(planted)).toBeGreaterThan(30);
      expect({ found, missed, falsePositives, nearMissesHit, recall, precision, amountsRight }).toEqual({
        found: planted,
        missed: '0',
        falsePositives: '0',
        nearMissesHit: '0',
        recall: '100.0',
        precision: '100.0',
        amountsRight: amounts,
      });

      const url = (/Birtizim demo: (http:\/\/\S+)/.exec(out)?.[1] ?? '').replace('localhost', '127.0.0.1');
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'analyst', password: 'demo-analyst', purpose: 'demo check' }),
      });
      expect(login.status).toBe(200);
      const session = /bz_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
      expect(session).toBeDefined();
      const findings = await fetch(`${url}/api/findings?limit=1`, { headers: { cookie: session ?? '' } });
      expect(findings.status).toBe(200);
      // The analyst sees the findings the demo's verify reported, all of them.
      expect(((await findings.json()) as { total: number }).total).toBe(Number(found));
      const wrong = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'analyst', password: 'not-the-password' }),
      });
      expect(wrong.status).toBe(401);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const ended = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await ended;
      }
    }
  }, 300_000);
});
