import { join } from 'node:path';
import { queryRows, sqlString, withWorkspace } from '../../workspace/workspace';

/**
 * The public benchmark sets of shared/data (see their READMEs) as link jobs with their
 * truth: FEBRL records sharing N in `rec-N-...` are one person (4a x 4b linked 1:1); in
 * splink's fake_1000 the `cluster` column is the person. Used by the tests and the bench.
 */
export interface PublicSet {
  readonly name: string;
  readonly left: string;
  readonly right: string | null;
  readonly map: string;
  /** Column holding the truth, and a regexp whose group 1 is the entity (null: the value). */
  readonly truthColumn: string;
  readonly truthPattern: string | null;
  readonly idColumn: string;
}

const FEBRL_MAP =
  'id=rec_id,first_name=given_name,last_name=surname,birth_date=date_of_birth,postcode=postcode,' +
  'street_number=street_number,address_1=address_1,address_2=address_2,suburb=suburb,state=state,soc_sec_id=soc_sec_id';

export function publicSets(dataDir: string): readonly PublicSet[] {
  const febrl = (name: string, left: string, right: string | null = null): PublicSet => ({
    name,
    left: join(dataDir, 'febrl', left),
    right: right === null ? null : join(dataDir, 'febrl', right),
    map: FEBRL_MAP,
    truthColumn: 'rec_id',
    truthPattern: 'rec-(\\d+)-',
    idColumn: 'rec_id',
  });
  return [
    febrl('febrl1', 'dataset1.csv'),
    febrl('febrl2', 'dataset2.csv'),
    febrl('febrl3', 'dataset3.csv'),
    febrl('febrl4', 'dataset4a.csv', 'dataset4b.csv'),
    {
      name: 'fake_1000',
      left: join(dataDir, 'splink-fake-1000', 'fake_1000.csv'),
      right: null,
      map: 'id=unique_id,first_name=first_name,last_name=surname,birth_date=dob,place=city,email=email',
      truthColumn: 'cluster',
      truthPattern: null,
      idColumn: 'unique_id',
    },
  ];
}

export interface LinkQuality {
  readonly truePairs: number;
  readonly predicted: number;
  readonly truePositives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function truthSql(set: PublicSet, file: string): string {
  const read = `read_csv(${sqlString(file)}, header = true, all_varchar = true)`;
  // Headers may carry a leading space (FEBRL): select columns by trimmed name.
  const col = (name: string) => `trim(COLUMNS(c -> trim(c) = ${sqlString(name)}))`;
  const entity = set.truthPattern
    ? `regexp_extract(${col(set.truthColumn)}, ${sqlString(set.truthPattern)}, 1)`
    : col(set.truthColumn);
  return `SELECT ${col(set.idColumn)} AS id, ${entity} AS entity FROM ${read}`;
}

/** Precision, recall and F1 of the `match` pairs of `pairs.csv` in `outDir`. */
export async function evaluateLinkOutput(set: PublicSet, outDir: string): Promise<LinkQuality> {
  return withWorkspace({ file: ':memory:' }, async (c) => {
    await c.run(`CREATE TABLE tl AS ${truthSql(set, set.left)}`);
    await c.run(`CREATE TABLE tr AS ${set.right ? truthSql(set, set.right) : 'SELECT * FROM tl'}`);
    const truePairs = set.right
      ? `SELECT count(*) AS n FROM tl JOIN tr USING (entity)`
      : `SELECT sum(k * (k - 1) / 2) AS n FROM (SELECT count(*) AS k FROM tl GROUP BY entity)`;
    const pairs = `read_csv(${sqlString(join(outDir, 'pairs.csv'))}, header = true, all_varchar = true)`;
    const rows = await queryRows<{ n: number | bigint | null; predicted: bigint; tp: bigint }>(
      c,
      `SELECT (${truePairs}) AS n, count(*) AS predicted, count(*) FILTER (WHERE a.entity = b.entity) AS tp
       FROM ${pairs} p JOIN tl a ON a.id = p.left_id JOIN tr b ON b.id = p.right_id WHERE p.decision = 'match'`,
    );
    const n = Number(rows[0]?.n ?? 0);
    const predicted = Number(rows[0]?.predicted ?? 0);
    const tp = Number(rows[0]?.tp ?? 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = n === 0 ? 0 : tp / n;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { truePairs: n, predicted, truePositives: tp, precision, recall, f1 };
  });
}
