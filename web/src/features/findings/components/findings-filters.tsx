import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingsQuery } from '../../../../../src/server/schemas/findings-schemas';
import type { Meta } from '../../../../../src/server/schemas/meta-schemas';
import { useLanguage } from '../../../i18n';
import { isRuleFamily } from '../../../lib/labels';
import { districtName, pick } from '../../../lib/localized';
import { FINDING_STATUS_VALUES, SEVERITY_VALUES, type Severity } from '../lib/filters';

interface FindingsFiltersProps {
  readonly query: FindingsQuery;
  readonly meta: Meta | undefined;
  /** District codes the user may see; empty = all. */
  readonly allowedDistricts: readonly string[];
  readonly onChange: (change: Partial<FindingsQuery>) => void;
}

export function FindingsFilters({ query, meta, allowedDistricts, onChange }: FindingsFiltersProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [subject, setSubject] = useState(query.subject ?? '');
  const [minAmount, setMinAmount] = useState(query.minAmount?.toString() ?? '');
  const [maxAmount, setMaxAmount] = useState(query.maxAmount?.toString() ?? '');
  // The URL is the truth: typed fields follow it when it changes (back button, dashboard link).
  useEffect(() => setSubject(query.subject ?? ''), [query.subject]);
  useEffect(() => setMinAmount(query.minAmount?.toString() ?? ''), [query.minAmount]);
  useEffect(() => setMaxAmount(query.maxAmount?.toString() ?? ''), [query.maxAmount]);
  const rules = meta?.rules ?? [];
  const families = [...new Set(rules.map((r) => r.family).filter((f): f is string => !!f))];
  const districts = (meta?.districts ?? []).filter(
    (d) => allowedDistricts.length === 0 || allowedDistricts.includes(d.code),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const toNumber = (v: string) =>
      v.trim() === '' ? undefined : Number(v.replace(/[\s\u00a0\u202f]/g, ''));
    onChange({
      subject: subject.trim() || undefined,
      minAmount: toNumber(minAmount),
      maxAmount: toNumber(maxAmount),
    });
  };

  return (
    <form className="filters" role="search" aria-label={t('findings.filters')} onSubmit={submit}>
      <div className="field">
        <label htmlFor="f-family">{t('findings.family')}</label>
        <select
          id="f-family"
          value={query.family ?? ''}
          onChange={(e) => onChange({ family: e.target.value || undefined, rule: undefined })}
        >
          <option value="">{t('common.all')}</option>
          {families.map((f) => (
            <option key={f} value={f}>
              {isRuleFamily(f) ? `${f} · ${t(`family.${f}`)}` : f}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor="f-rule">{t('findings.rule')}</label>
        <select
          id="f-rule"
          value={query.rule ?? ''}
          onChange={(e) => onChange({ rule: e.target.value || undefined })}
        >
          <option value="">{t('common.all')}</option>
          {rules
            .filter((r) => !query.family || r.family === query.family)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.id} · {pick(r.title, lang, r.id)}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-district">{t('findings.district')}</label>
        <select
          id="f-district"
          value={query.district ?? ''}
          onChange={(e) => onChange({ district: e.target.value || undefined })}
        >
          <option value="">{t('common.all')}</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {districtName(d.code, meta?.districts, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-severity">{t('findings.severity')}</label>
        <select
          id="f-severity"
          value={query.severity ?? ''}
          onChange={(e) => onChange({ severity: (e.target.value || undefined) as Severity | undefined })}
        >
          <option value="">{t('common.all')}</option>
          {SEVERITY_VALUES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-status">{t('findings.status')}</label>
        <select
          id="f-status"
          value={query.status ?? ''}
          onChange={(e) =>
            onChange({ status: (e.target.value || undefined) as FindingsQuery['status'] | undefined })
          }
        >
          <option value="">{t('common.all')}</option>
          {FINDING_STATUS_VALUES.map((s) => (
            <option key={s} value={s}>
              {t(`findingStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-narrow">
        <label htmlFor="f-min">{t('findings.minAmount')}</label>
        <input
          id="f-min"
          inputMode="numeric"
          value={minAmount}
          onChange={(e) => setMinAmount(e.target.value)}
        />
      </div>
      <div className="field field-narrow">
        <label htmlFor="f-max">{t('findings.maxAmount')}</label>
        <input
          id="f-max"
          inputMode="numeric"
          value={maxAmount}
          onChange={(e) => setMaxAmount(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="f-subject">{t('findings.subject')}</label>
        <input id="f-subject" value={subject} maxLength={40} onChange={(e) => setSubject(e.target.value)} />
      </div>
      <div className="field field-actions">
        <button type="submit" className="primary">
          {t('common.apply')}
        </button>
      </div>
    </form>
  );
}
