import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle title={t('common.notFound')}>{t('common.notFound')}</PageTitle>
      <Link to="/dashboard">{t('nav.dashboard')}</Link>
    </section>
  );
}
