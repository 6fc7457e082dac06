import { useTranslation } from 'react-i18next';

/**
 * A labelled filter select whose first option means "all" (empty value → undefined).
 * Filter bars repeat this field many times; one component keeps ids, labels and the
 * "all" option the same everywhere.
 */
export interface SelectFilterOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFilterProps {
  readonly id: string;
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly SelectFilterOption[];
  readonly onChange: (value: string | undefined) => void;
  readonly className?: string;
}

export function SelectFilter({
  id,
  label,
  value,
  options,
  onChange,
  className = 'field',
}: SelectFilterProps) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('common.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
