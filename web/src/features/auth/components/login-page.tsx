import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../../components/language-switcher';
import { PurposeField } from '../../../components/purpose-field';
import { ErrorMessage } from '../../../components/query-state';
import { useSession } from '../../../lib/session';
import { useLogin } from '../api/login';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const loginMutation = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [purpose, setPurpose] = useState('');
  const from = (location.state as { from?: string } | null)?.from ?? '/dashboard';

  if (session.data) return <Navigate to={from} replace />;

  return (
    <main className="login-shell" id="main">
      <div className="login-lang">
        <LanguageSwitcher />
      </div>
      <form
        className="card login-card"
        aria-labelledby="login-title"
        onSubmit={(e) => {
          e.preventDefault();
          loginMutation.mutate(
            { login: login.trim(), password, purpose: purpose.trim() || undefined },
            { onSuccess: () => navigate(from, { replace: true }) },
          );
        }}
      >
        <h1 id="login-title">
          Birtizim <span className="muted">· {t('app.tagline')}</span>
        </h1>
        <p>{t('login.intro')}</p>
        <div className="field">
          <label htmlFor="login">{t('login.login')}</label>
          <input
            id="login"
            name="login"
            autoComplete="username"
            required
            value={login}
            onChange={(e) => setLogin(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('login.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <PurposeField onChange={setPurpose} />
        <button
          type="submit"
          className="primary"
          disabled={loginMutation.isPending || purpose.trim().length < 3}
        >
          {t('login.submit')}
        </button>
        {loginMutation.error ? <ErrorMessage error={loginMutation.error} /> : null}
      </form>
    </main>
  );
}
