import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
const i = await DuckDBInstance.create(':memory:'); const c = await i.connect();
const q = async (s: string) => { try { const r = await c.runAndReadAll(s); console.log(JSON.stringify(r.getRowObjectsJS().slice(0,8), (k,v)=> typeof v==='bigint'? Number(v):v)); } catch (e) { console.log('ERR', (e as Error).message.split('\n')[0]); } };
writeFileSync('/tmp/perf/scratch/b.csv', '\ufeffa,b,c\r\n1,2,3\r\n"x,y",,""\r\n');
writeFileSync('/tmp/perf/scratch/c.csv', 'a,b,c\r\n1,2,3\r\n"x,y",,""\r\n');
writeFileSync('/tmp/perf/scratch/d.csv', 'a,b,c\n1,2,3\n"x,y",, ""\n4,5,6');
const opts = `header = false, skip = 1, auto_detect = false, delim = ',', quote = '"', escape = '"', max_line_size = 16777216, columns = {'c1':'VARCHAR','c2':'VARCHAR','c3':'VARCHAR'}`;
for (const f of ['b','c','d']) for (const nl of ['\\n', '\\r\\n']) {
await q(`select *, c3 is null as n3 from read_csv('/tmp/perf/scratch/${f}.csv', ${opts}, new_line='${nl}', strict_mode=true, ignore_errors=true, null_padding=false)`);
await q(`select *, c3 is null as n3 from read_csv('/tmp/perf/scratch/${f}.csv', ${opts}, new_line='${nl}', strict_mode=true)`);
}
