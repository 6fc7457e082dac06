import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStateFilter, FindingsQuery } from '../../../../../src/server/schemas/findings-schemas';
import type { Meta } from '../../../../../src/server/schemas/meta-schemas';
import { SelectFilter } from '../../../components/select-filter';
import { useLanguage } from '../../../i18n';
import { isRuleFamily } from '../../../lib/labels';
import { districtName, pick } from '../../../lib/localized';
import { CASE_STATE_VALUES, FINDING_STATUS_VALUES, SEVERITY_VALUES, type Severity } from '../lib/filters';

/** One state per option; a combination from a link (`none,open`) is shown as its own option. */
function caseStateOptions(current: string | undefined): string[] {
  const single: string[] = [...CASE_STATE_VALUES];
  return current && !single.includes(current) ? [...single, current] : single;
}

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
      <SelectFilter
        id="f-family"
        label={t('findings.family')}
        value={query.family}
        options={families.map((f) => ({
          value: f,
          label: isRuleFamily(f) ? `${f} · ${t(`family.${f}`)}` : f,
        }))}
        onChange={(family) => onChange({ family, rule: undefined })}
      />
      <SelectFilter
        id="f-rule"
        className="field field-wide"
        label={t('findings.rule')}
        value={query.rule}
        options={rules
          .filter((r) => !query.family || r.family === query.family)
          .map((r) => ({ value: r.id, label: `${r.id} · ${pick(r.title, lang, r.id)}` }))}
        onChange={(rule) => onChange({ rule })}
      />
      <SelectFilter
        id="f-district"
        label={t('findings.district')}
        value={query.district}
        options={districts.map((d) => ({
          value: d.code,
          label: districtName(d.code, meta?.districts, lang),
        }))}
        onChange={(district) => onChange({ district })}
      />
      <SelectFilter
        id="f-severity"
        label={t('findings.severity')}
        value={query.severity}
        options={SEVERITY_VALUES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
        onChange={(severity) => onChange({ severity: severity as Severity | undefined })}
      />
      <SelectFilter
        id="f-status"
        label={t('findings.status')}
        value={query.status}
        options={FINDING_STATUS_VALUES.map((s) => ({ value: s, label: t(`findingStatus.${s}`) }))}
        onChange={(status) => onChange({ status: status as FindingsQuery['status'] | undefined })}
      />
      <SelectFilter
        id="f-case"
        label={t('findings.case')}
        value={query.caseStatus}
        options={caseStateOptions(query.caseStatus).map((states) => ({
          value: states,
          label: states
            .split(',')
            .map((s) => t(`caseStatus.${s as CaseStateFilter}`))
            .join(', '),
        }))}
        onChange={(caseStatus) => onChange({ caseStatus })}
      />
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
