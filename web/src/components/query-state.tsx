import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** An API error as the server explains it (code, message, how to fix). */
export function ErrorMessage({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError) {
    return (
      <div className="error" role="alert">
        <p>
          <strong>{error.status === 404 ? t('common.notFound') : t('common.error')}</strong> {error.message}{' '}
          <code>{error.code}</code>
        </p>
        {error.fix ? <p>{error.fix}</p> : null}
      </div>
    );
  }
  return (
    <div className="error" role="alert">
      <strong>{t('common.error')}</strong> {error instanceof Error ? error.message : String(error)}
    </div>
  );
}

interface QueryStateProps<T> {
  readonly query: { readonly data: T | undefined; readonly error: unknown; readonly isPending: boolean };
  readonly children: (data: T) => ReactNode;
}

/** Loading → error → content, the same everywhere. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.error) return <ErrorMessage error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
