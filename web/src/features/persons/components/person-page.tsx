import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { RegistryRows } from '../../../../../src/server/schemas/persons-schemas';
import { LeadNotice } from '../../../components/lead-notice';
import { PageTitle } from '../../../components/page-title';
import { QueryState } from '../../../components/query-state';
import { FindingOutcomeCells } from '../../../components/status-badge';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { isRegistryName, REGISTRY_AGENCY, type Agency } from '../../../lib/labels';
import { districtName, pick } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { usePerson } from '../api/get-person';
import { PurposePrompt } from './purpose-prompt';

function agencyOf(registry: string): Agency | 'other' {
  return isRegistryName(registry) ? REGISTRY_AGENCY[registry] : 'other';
}

function RegistryTable({ block }: { readonly block: RegistryRows }) {
  const { t } = useTranslation();
  return (
    <section className="card registry-block" data-testid={`registry-${block.registry}`}>
      <h3>
        {isRegistryName(block.registry) ? t(`registry.${block.registry}`) : block.registry}{' '}
        <span className="muted">
          ({block.registry}; {t('person.matchedBy')} {block.matchedColumns.join(', ')})
        </span>
      </h3>
      <div className="table-wrap">
        <table className="data-table compact">
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {block.columns.map((c) => (
                  <td key={c}>{row[c] === null || row[c] === undefined ? '—' : String(row[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function PersonPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { iin = '' } = useParams();
  const [purpose, setPurpose] = useState<string | null>(null);
  const person = usePerson(iin, purpose);
  const meta = useMeta();

  return (
    <section className="page">
      <PageTitle title={`${t('person.title')} ${iin}`}>
        {t('person.title')} <span className="mono">{iin}</span>
      </PageTitle>
      {purpose === null ? (
        <PurposePrompt onConfirm={setPurpose} />
      ) : (
        <QueryState query={person}>
          {(card) => {
            const pop = card.population;
            const byAgency = new Map<string, RegistryRows[]>();
            for (const block of card.registries) {
              const agency = agencyOf(block.registry);
              byAgency.set(agency, [...(byAgency.get(agency) ?? []), block]);
            }
            const rules = new Map((meta.data?.rules ?? []).map((r) => [r.id, r]));
            return (
              <div data-testid="person-card">
                <p className="muted">
                  {t('person.purposeRecorded')}: <em>{purpose}</em>
                </p>
                <section className="card person-head">
                  {pop ? (
                    <dl className="kv">
                      <div className="kv-row">
                        <dt>{t('person.name')}</dt>
                        <dd>{[pop.last_name, pop.first_name, pop.middle_name].filter(Boolean).join(' ')}</dd>
                      </div>
                      <div className="kv-row">
                        <dt>{t('person.birthDate')}</dt>
                        <dd>
                          {formatDate(typeof pop.birth_date === 'string' ? pop.birth_date : null, lang)}
                        </dd>
                      </div>
                      <div className="kv-row">
                        <dt>{t('findings.district')}</dt>
                        <dd>{districtName(card.district, meta.data?.districts, lang)}</dd>
                      </div>
                    </dl>
                  ) : (
                    <p className="warning">{t('person.notInPopulation')}</p>
                  )}
                </section>
                <h2>{t('person.findings')}</h2>
                {card.findings.length > 0 ? <LeadNotice /> : null}
                {card.findings.length === 0 ? (
                  <p>{t('person.noFindings')}</p>
                ) : (
                  <div className="table-wrap">
                    <table className="data-table" data-testid="person-findings">
                      <thead>
                        <tr>
                          <th scope="col">{t('findings.rule')}</th>
                          <th scope="col">{t('findings.period')}</th>
                          <th scope="col" className="num">
                            {t('findings.amount')}
                          </th>
                          <th scope="col">{t('findings.status')}</th>
                          <th scope="col">{t('findings.case')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {card.findings.map((f) => (
                          <tr key={f.findingId}>
                            <td>
                              <Link to={`/findings/${f.findingId}`}>
                                <span className="rule-id">{f.ruleId}</span>{' '}
                                {pick(rules.get(f.ruleId)?.title, lang)}
                              </Link>
                            </td>
                            <td>{f.period ?? '—'}</td>
                            <FindingOutcomeCells finding={f} />
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                <h2>{t('person.registries')}</h2>
                {card.registries.length === 0 ? <p>{t('person.noRows')}</p> : null}
                {[...byAgency.entries()].map(([agency, blocks]) => (
                  <section key={agency} className="agency">
                    <h3 className="agency-title">{t(`agency.${agency as Agency | 'other'}`)}</h3>
                    {blocks.map((block) => (
                      <RegistryTable key={block.registry} block={block} />
                    ))}
                  </section>
                ))}
              </div>
            );
          }}
        </QueryState>
      )}
    </section>
  );
}
