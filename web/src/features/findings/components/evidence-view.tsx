import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isRegistryName } from '../../../lib/labels';

/**
 * Evidence is what the rule stored (styleguide: the UI shows what is stored, never
 * recomputes it). Scalars are the compared values and the threshold; each nested object
 * or list is what one registry said, shown side by side.
 */
type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

function isObject(value: unknown): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isThresholdKey(key: string): boolean {
  return /threshold|limit|norm|max_|min_|param/i.test(key);
}

const IIN = /^\d{12}$/;

function Value({ value }: { readonly value: Json }) {
  if (value === null) return <>—</>;
  if (typeof value === 'boolean') return <>{value ? '✓' : '✗'}</>;
  if (typeof value === 'string' && IIN.test(value)) {
    return (
      <Link to={`/persons/${value}`} className="mono">
        {value}
      </Link>
    );
  }
  if (typeof value === 'object') return <code>{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

function KeyValues({ data }: { readonly data: { readonly [key: string]: Json } }) {
  return (
    <dl className="kv">
      {Object.entries(data).map(([key, value]) => (
        <div key={key} className={isThresholdKey(key) ? 'kv-row threshold' : 'kv-row'}>
          <dt>{key}</dt>
          <dd>
            <Value value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Rows({ rows }: { readonly rows: readonly Json[] }) {
  const objects = rows.filter(isObject);
  if (objects.length !== rows.length) {
    return (
      <ul>
        {rows.map((r, i) => (
          <li key={i}>
            <Value value={r} />
          </li>
        ))}
      </ul>
    );
  }
  const columns = [...new Set(objects.flatMap((r) => Object.keys(r)))];
  return (
    <div className="table-wrap">
      <table className="data-table compact">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {objects.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>
                  <Value value={row[c] ?? null} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EvidenceView({ evidence }: { readonly evidence: unknown }) {
  const { t } = useTranslation();
  if (!isObject(evidence)) {
    return (
      <pre className="evidence-raw" data-testid="evidence">
        {JSON.stringify(evidence, null, 2)}
      </pre>
    );
  }
  const scalars = Object.fromEntries(
    Object.entries(evidence).filter(([, v]) => v === null || typeof v !== 'object'),
  );
  const groups = Object.entries(evidence).filter(([, v]) => v !== null && typeof v === 'object');
  return (
    <div data-testid="evidence">
      {Object.keys(scalars).length > 0 ? (
        <section className="card">
          <h3>{t('finding.compared')}</h3>
          <KeyValues data={scalars} />
        </section>
      ) : null}
      <div className="evidence-grid">
        {groups.map(([key, value]) => (
          <section key={key} className="card evidence-card">
            <h3>{isRegistryName(key) ? `${t(`registry.${key}`)} (${key})` : key}</h3>
            {Array.isArray(value) ? (
              <Rows rows={value} />
            ) : isObject(value) ? (
              <KeyValues data={value} />
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
