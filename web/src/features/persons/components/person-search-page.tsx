import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { QueryState } from '../../../components/query-state';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { districtName } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { useSearchPersons } from '../api/search-persons';

export function PersonSearchPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const hits = useSearchPersons(q);
  const meta = useMeta();
  return (
    <section className="page">
      <PageTitle title={t('person.searchTitle')}>{t('person.searchTitle')}</PageTitle>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <div className="field field-wide">
          <label htmlFor="person-q">{t('person.searchLabel')}</label>
          <input
            id="person-q"
            value={text}
            minLength={2}
            maxLength={60}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field field-actions">
          <button type="submit" className="primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      {q.length >= 2 ? (
        <QueryState query={hits}>
          {(data) =>
            data.items.length === 0 ? (
              <p>{t('person.noHits')}</p>
            ) : (
              <ul className="hit-list">
                {data.items.map((h) => (
                  <li key={h.iin}>
                    <Link to={`/persons/${h.iin}`}>
                      <span className="mono">{h.iin}</span> {h.lastName} {h.firstName}
                    </Link>{' '}
                    <span className="muted">
                      {formatDate(h.birthDate, lang)} · {districtName(h.district, meta.data?.districts, lang)}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      ) : null}
    </section>
  );
}
