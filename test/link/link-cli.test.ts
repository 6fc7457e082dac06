import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { linkCsv } from '../../src/link/link-csv';
import { sharedDataDir } from './shared-data';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../bin/birtizim.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'birtizim-link-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('birtizim link', () => {
  it('deduplicates a FEBRL file with messy headers through the CLI', { timeout: 60_000 }, async () => {
    const out = join(dir, 'febrl1');
    const { stdout } = await run(process.execPath, [
      BIN,
      'link',
      '--left',
      join(sharedDataDir(), 'febrl', 'dataset1.csv'),
      '--map',
      'id=rec_id,first_name=given_name,last_name=surname,birth_date=date_of_birth,postcode=postcode',
      '--out',
      out,
    ]);
    expect(stdout).toMatch(/1000 records/);
    const pairs = readFileSync(join(out, 'pairs.csv'), 'utf8').trim().split('\n');
    expect(pairs[0]).toBe('left_id,right_id,score,decision,agreement');
    const matches = pairs.slice(1).filter((l) => l.split(',')[3] === 'match');
    const sameEntity = matches.filter((l) => {
      const [a, b] = l.split(',');
      return a?.split('-')[1] === b?.split('-')[1];
    });
    // Measured 445 of the 500 true pairs with only these five fields.
    expect(matches.length).toBeGreaterThan(420);
    expect(sameEntity.length / matches.length).toBeGreaterThan(0.99);
    const clusters = readFileSync(join(out, 'clusters.csv'), 'utf8').trim().split('\n');
    expect(clusters[0]).toBe('id,cluster_id');
    expect(clusters).toHaveLength(1001);
  });

  it('keeps leading zeros, reads all three date formats and links two files', async () => {
    const left = join(dir, 'left.csv');
    const right = join(dir, 'right.csv');
    writeFileSync(
      left,
      ' id, surname, name, dob, zip\n007, Жумабаев, Ержан, 1985-03-14, 050000\n008, Иванов, Пётр, 1970-01-02, 050010\n',
    );
    writeFileSync(
      right,
      'id,surname,name,dob,zip\n0100,ZHUMABAYEV,YERZHAN,14.03.1985,050000\n0200,Petrov,Ivan,19720911,050031\n',
    );
    const out = join(dir, 'two');
    const summary = await linkCsv({
      left,
      right,
      map: 'id=id,last_name=surname,first_name=name,birth_date=dob,postcode=zip',
      outDir: out,
      threshold: DEFAULT_PARAMETERS.link_accept_threshold,
      reviewThreshold: 0.01,
    });
    expect(summary.matches).toBe(1);
    const pairs = readFileSync(join(out, 'pairs.csv'), 'utf8');
    expect(pairs).toMatch(/^007,0100,[\d.]+,match,/m);
    expect(pairs).not.toMatch(/^008,0200,[\d.]+,match/m);
    const clusters = readFileSync(join(out, 'clusters.csv'), 'utf8');
    expect(clusters).toMatch(/^0100,007,right$/m);
  });

  it('names the unknown column of a bad mapping', async () => {
    await expect(
      linkCsv({
        left: join(dir, 'left.csv'),
        map: 'id=id,last_name=nope',
        outDir: join(dir, 'bad'),
        threshold: 0.9,
        reviewThreshold: 0.5,
      }),
    ).rejects.toMatchObject({ code: 'BZ_LINK_UNKNOWN_COLUMN' });
  });
});
