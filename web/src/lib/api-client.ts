import i18next from 'i18next';
import type { ErrorBody } from '../../../src/server/schemas/common-schemas';

/**
 * The one fetch wrapper of the app. The session lives in an httpOnly cookie; the CSRF
 * token the server hands out at login goes back in `x-csrf-token` on every state-changing
 * request, and a purpose of access (law 94-V) can be attached per request.
 */
export const CSRF_HEADER = 'x-csrf-token';
export const PURPOSE_HEADER = 'x-access-purpose';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fix: string;

  constructor(status: number, body: Partial<ErrorBody>) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? `HTTP_${status}`;
    this.fix = body.fix ?? '';
  }
}

export type QueryValue = string | number | boolean | null | undefined;

/** `{ a: 1, b: undefined, c: '' }` → `?a=1`: empty values are left out; keys keep their order. */
export function toQueryString(query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Header values must be ISO-8859-1, so a purpose typed in Kazakh or Russian is sent
 * percent-encoded (the server decodes `x-access-purpose`).
 */
export function encodePurpose(purpose: string): string {
  return encodeURIComponent(purpose.trim());
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly purpose?: string | null;
  readonly signal?: AbortSignal;
}

function buildHeaders(options: RequestOptions): Headers {
  // The server words its error messages in the interface language.
  const headers = new Headers({ accept: 'application/json', 'accept-language': i18next.language || 'kk' });
  const method = options.method ?? 'GET';
  if (method !== 'GET' && csrfToken) headers.set(CSRF_HEADER, csrfToken);
  if (options.purpose) headers.set(PURPOSE_HEADER, encodePurpose(options.purpose));
  if (options.body !== undefined && !(options.body instanceof FormData)) {
    headers.set('content-type', 'application/json');
  }
  return headers;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const body =
    options.body === undefined
      ? undefined
      : options.body instanceof FormData
        ? options.body
        : JSON.stringify(options.body);
  const response = await fetch(`/api${path}${toQueryString(options.query)}`, {
    method: options.method ?? 'GET',
    headers: buildHeaders(options),
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) {
    let errorBody: Partial<ErrorBody> = {};
    try {
      errorBody = (await response.json()) as Partial<ErrorBody>;
    } catch {
      // not JSON (a proxy error page): keep the status only
    }
    throw new ApiError(response.status, errorBody);
  }
  return response;
}

/** A JSON request; the type parameter is a `Static<>` type of the server's schema. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A file download (XLSX/CSV export): returns the blob and the file name the server proposes. */
export async function apiDownload(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await send(path, options);
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), fileName: match?.[1] ? decodeURIComponent(match[1]) : null };
}

/** Save a blob through a temporary link (the browser's download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
