import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/language-switcher';
import type { SessionResponse } from '../../../src/server/schemas/auth-schemas';
import { PurposeChanger } from '../features/auth/components/purpose-changer';
import { useLogout } from '../features/auth/api/logout';

const IMPORT_ROLES = new Set(['admin', 'analyst']);

/** The frame of every signed-in page: skip link, navigation, language, user, purpose. */
export function AppLayout({ session }: { readonly session: SessionResponse }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  const { user } = session;
  const links = [
    { to: '/dashboard', label: t('nav.dashboard') },
    { to: '/findings', label: t('nav.findings') },
    { to: '/cases', label: t('nav.cases') },
    { to: '/persons', label: t('nav.persons') },
    { to: '/outreach', label: t('nav.outreach') },
    ...(IMPORT_ROLES.has(user.role) ? [{ to: '/imports', label: t('nav.imports') }] : []),
  ];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>Birtizim</strong> <span className="muted">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')} className="mainnav">
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to}>{l.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="userbox">
          <LanguageSwitcher />
          <span className="user" data-testid="user">
            {user.login} · {t(`role.${user.role}`)}
          </span>
          <button
            type="button"
            data-testid="logout"
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
            }
          >
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <div className="purpose-bar">
        <PurposeChanger purpose={session.purpose} />
      </div>
      <main id="main" className="content">
        <Outlet />
      </main>
    </div>
  );
}
