import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeaderProposalBody, LoadSummaryBody } from '../../../../../src/server/schemas/imports-schemas';
import { registrySpec, type RegistryName } from '../../../../../src/registries/catalog';
import { ErrorMessage } from '../../../components/query-state';
import { useSaveHeaderMapping } from '../api/save-header-mapping';

export interface UnknownHeader {
  readonly registry: RegistryName;
  readonly file: string;
  readonly header: string;
}

/** Unknown headers of a finished load (its summary). */
export function unknownInSummary(summary: LoadSummaryBody): UnknownHeader[] {
  return summary.files.flatMap((f) =>
    f.headerMapping
      .filter((h) => h.source === 'unknown')
      .map((h) => ({ registry: f.registry, file: f.file, header: h.header })),
  );
}

/** Unknown headers of a load that refused them (GET /api/imports/:jobId/headers). */
export function unknownInProposals(files: readonly HeaderProposalBody[]): UnknownHeader[] {
  return files.flatMap((f) => f.unknown.map((header) => ({ registry: f.registry, file: f.file, header })));
}

/** Unknown headers of the uploaded files: point each at a canonical column, or ignore it. */
export function HeaderMappingScreen({ unknown }: { readonly unknown: readonly UnknownHeader[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="header-mapping">
      <h3>{t('imports.headerMapping')}</h3>
      {unknown.length === 0 ? (
        <p>{t('imports.noUnknownHeaders')}</p>
      ) : (
        <>
          <p className="hint">{t('imports.headerMappingHint')}</p>
          <ul className="mapping-list">
            {unknown.map((u) => (
              <li key={`${u.file}|${u.header}`}>
                <MappingRow registry={u.registry} file={u.file} header={u.header} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MappingRow({
  registry,
  file,
  header,
}: {
  readonly registry: RegistryName;
  readonly file: string;
  readonly header: string;
}) {
  const { t } = useTranslation();
  const save = useSaveHeaderMapping();
  const [column, setColumn] = useState('');
  const columns = registrySpec(registry).columns.map((c) => c.name);
  const id = `map-${file}-${header}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (column) save.mutate({ registry, header, column });
      }}
    >
      <label htmlFor={id}>
        <span className="mono">{file}</span>: «{header}» →
      </label>
      <select id={id} value={column} onChange={(e) => setColumn(e.target.value)}>
        <option value="">{t('common.choose')}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        <option value="ignore">{t('imports.ignoreColumn')}</option>
      </select>
      <button type="submit" disabled={!column || save.isPending}>
        {t('common.save')}
      </button>
      {save.isSuccess ? <span role="status">{t('imports.mappingSaved')}</span> : null}
      {save.error ? <ErrorMessage error={save.error} /> : null}
    </form>
  );
}
