import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BirtizimError } from '../../src/core/errors/birtizim-error';
import { catalogAliases } from '../../src/ingest/headers/catalog-aliases';
import { proposeHeaderMapping } from '../../src/ingest/inspect-file';
import { REGISTRIES } from '../../src/registries/catalog';
import { loadInMemory, writeSnapshot } from './ingest-fixture';

async function failure(promise: Promise<unknown>): Promise<BirtizimError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BirtizimError) return error;
    throw error;
  }
  throw new Error('expected a BirtizimError');
}

const POP = 'iin,last_name,first_name,birth_date,sex,district,address_id';

describe('header mapping', () => {
  it('names the file and every unknown header, and touches nothing', async () => {
    const dir = writeSnapshot({
      'population.csv': `${POP},Цвет глаз,Рост\n`,
      'staff.csv': 'org_bin,iin,position,rate,hired,Stavka2\n',
    });
    const error = await failure(loadInMemory(dir));
    expect(error.code).toBe('BZ_INGEST_UNKNOWN_HEADER');
    expect(error.message).toContain('population.csv (population): "Цвет глаз", "Рост"');
    expect(error.message).toContain('staff.csv (staff): "Stavka2"');
    expect(error.localizedMessage('ru')).toContain('Неизвестные заголовки');
  });

  it('skips headers a mapping file says to ignore and maps others', async () => {
    const dir = writeSnapshot({
      'population.csv': `№,ИИН,Surname X,Имя,Дата рождения,Пол,Район,РКА,Цвет глаз\n1,901123300258,Ivanov,Ivan,1990-11-23,M,Almaly,R,blue\n`,
    });
    const mappingFile = join(dir, 'my-mapping.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({ population: { 'цвет ГЛАЗ': 'ignore', 'Surname X': 'last_name' } }),
    );
    const loaded = await loadInMemory(dir, { mappingFile });
    try {
      const f = loaded.file('population');
      expect(f.rowsLoaded).toBe(1);
      expect(f.headerMapping.map((h) => [h.header, h.column, h.source])).toEqual([
        ['№', null, 'ignored'],
        ['ИИН', 'iin', 'catalog'],
        ['Surname X', 'last_name', 'mapping'],
        ['Имя', 'first_name', 'catalog'],
        ['Дата рождения', 'birth_date', 'catalog'],
        ['Пол', 'sex', 'catalog'],
        ['Район', 'district', 'catalog'],
        ['РКА', 'address_id', 'catalog'],
        ['Цвет глаз', null, 'ignored'],
      ]);
      expect(loaded.summary.ignoredFiles).toEqual(['my-mapping.json']);
      const [row] = await loaded.rows<{ last_name: string }>('SELECT last_name FROM population');
      expect(row?.last_name).toBe('Ivanov');
    } finally {
      loaded.close();
    }
  });

  it('names the file and the missing required column', async () => {
    const error = await failure(
      loadInMemory(writeSnapshot({ 'population.csv': 'iin,last_name,first_name,birth_date,sex,district\n' })),
    );
    expect(error.code).toBe('BZ_INGEST_MISSING_COLUMN');
    expect(error.message).toContain('population.csv (population): "address_id"');
  });

  it('rejects two headers for one column, and an invalid mapping file with every problem', async () => {
    const dup = await failure(loadInMemory(writeSnapshot({ 'population.csv': `${POP},ИИН\n` })));
    expect(dup.code).toBe('BZ_INGEST_DUPLICATE_COLUMN');
    const dir = writeSnapshot({ 'population.csv': `${POP}\n` });
    const mappingFile = join(dir, 'bad.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({ nowhere: {}, population: { A: 'eye_colour' }, '*': { B: 'iin' } }),
    );
    const bad = await failure(loadInMemory(dir, { mappingFile }));
    expect(bad.code).toBe('BZ_INGEST_MAPPING_INVALID');
    expect(bad.message).toContain('"nowhere" is not a registry name');
    expect(bad.message).toContain('"eye_colour", which is not a column of population');
    expect(bad.message).toContain('*: "B" may only map to "ignore"');
  });

  it('proposes a mapping from the head of a file for the import page', async () => {
    const dir = writeSnapshot({ 'staff.csv': 'БИН организации;ЖСН;Лауазымы;Ставка;Дата приема;Что-то\n' });
    const proposal = await proposeHeaderMapping(join(dir, 'staff.csv'));
    expect(proposal.registry).toBe('staff');
    expect(proposal.delimiter).toBe(';');
    expect(proposal.headers.map((h) => h.column)).toEqual([
      'org_bin',
      'iin',
      'position',
      'rate',
      'hired',
      null,
    ]);
    expect(proposal.unknown).toEqual(['Что-то']);
    expect(proposal.missingRequired).toEqual([]);
  });

  it('gives every canonical column its own name as a header in every registry', () => {
    for (const spec of REGISTRIES) {
      const aliases = catalogAliases(spec.name);
      for (const column of spec.columns)
        expect(aliases.get(column.name.replace(/_/g, ' '))).toBe(column.name);
    }
  });
});
