import { DuckDBInstance } from '@duckdb/node-api';
import { runLinkJob } from './src/link/link-engine';
import { REGISTRIES } from './src/registries/catalog';
import { levelWeights } from './src/link/model-parameters';
const [file, where] = [process.argv[2]!, process.argv[3]!];
const inst = await DuckDBInstance.create(file);
const c = await inst.connect();
const regs = ['contributions','benefits','osms_status','social_payments','employment','pensions'];
const have = (await c.runAndReadAll(`SELECT table_name FROM duckdb_tables()`)).getRowObjectsJS().map(r=>String(r.table_name));
const parts: string[] = [];
for (const r of have) {
  const cols = (await c.runAndReadAll(`SELECT column_name FROM duckdb_columns() WHERE table_name='${r}'`)).getRowObjectsJS().map(x=>String(x.column_name));
  const spec = REGISTRIES.find(x=>x.name===r); if (spec && spec.personColumn && cols.includes('linked_by_name')) parts.push(`SELECT '${r}' AS registry, _line AS line, last_name, first_name, middle_name, birth_date, _iin_raw FROM ${r} WHERE ${spec.personColumn} IS NULL AND (${where})`);
}
await c.run(`CREATE TEMP TABLE w AS ${parts.join(' UNION ALL ')}`);
const res = await runLinkJob(c, {
  fields: [{kind:'known',name:'last_name'},{kind:'known',name:'first_name'},{kind:'known',name:'middle_name'},{kind:'known',name:'birth_date'},{kind:'known',name:'iin'}],
  left: { relation: 'w', id: `registry || ':' || line`, carry: ['registry','line'], columns: ['last_name','first_name','middle_name','birth_date','_iin_raw'] },
  right: { relation: 'population', id: 'iin', columns: ['last_name','first_name','middle_name','birth_date','iin'] },
  minProbability: 0, uFromRight: true, estimate: 'u',
});
console.log(JSON.stringify(levelWeights(res.parameters).map(a=>a.map(x=>+x.toFixed(2)))), res.parameters.lambda);
const rows = (await c.runAndReadAll(`SELECT l.registry, l.line, l.last_name, l.first_name, l.birth_date, r.last_name AS rl, r.first_name AS rf, r.middle_name_key rm, r.birth_date rb, p.right_id, round(p.match_weight,2) mw, p.probability, p.agreement::VARCHAR ag FROM lk_pairs p JOIN lk_left l ON l.rid=p.lid JOIN lk_right r ON r.rid=p.rid ORDER BY l.line, mw DESC`)).getRowObjectsJS();
for (const r of rows) console.log(JSON.stringify(r, (_k, v) => typeof v === 'bigint' ? Number(v) : v));
