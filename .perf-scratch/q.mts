import { DuckDBInstance } from '@duckdb/node-api';
const i = await DuckDBInstance.create(':memory:'); const c = await i.connect();
const q = async (s: string) => { try { const r = await c.runAndReadAll(s); console.log(JSON.stringify(r.getRowObjectsJS().slice(0,5), (k,v)=> typeof v==='bigint'? Number(v):v)); } catch (e) { console.log('ERR', (e as Error).message.split('\n')[0]); } };
await q(`select version()`);
await q(`select file_row_number, * from read_csv('/tmp/perf/city/snapshot/organizations.csv') limit 3`);
await q(`select filename, * from read_csv('/tmp/perf/city/snapshot/organizations.csv') limit 1`);
await q(`select * from duckdb_settings() where name like '%order%' or name like '%thread%' or name like '%memory%'`);
