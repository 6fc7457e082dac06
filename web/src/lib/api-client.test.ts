import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, setCsrfToken, toQueryString } from './api-client';

function stubFetch(status = 200, body: unknown = { ok: true }) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('builds query strings without empty values', () => {
    expect(
      toQueryString({ district: 'ALM-MEDEU', rule: undefined, subject: '', offset: 0, linked: false }),
    ).toBe('?district=ALM-MEDEU&offset=0&linked=false');
    expect(toQueryString({})).toBe('');
  });

  it('sends the CSRF token on state-changing requests only', async () => {
    const calls = stubFetch();
    setCsrfToken('tok-123');
    await apiRequest('/findings');
    await apiRequest('/cases', { method: 'POST', body: { findingId: '0123456789abcdef' } });
    const get = new Headers(calls[0]?.init.headers);
    const post = new Headers(calls[1]?.init.headers);
    expect(get.get('x-csrf-token')).toBeNull();
    expect(post.get('x-csrf-token')).toBe('tok-123');
    expect(post.get('content-type')).toBe('application/json');
    expect(calls[1]?.url).toBe('/api/cases');
  });

  it('percent-encodes a purpose written in Kazakh or Russian', async () => {
    const calls = stubFetch();
    await apiRequest('/persons/900101300123', { purpose: 'Азаматтың өтінішіне жауап' });
    const value = new Headers(calls[0]?.init.headers).get('x-access-purpose') ?? '';
    expect(/^[\x20-\x7e]+$/.test(value)).toBe(true);
    expect(decodeURIComponent(value)).toBe('Азаматтың өтінішіне жауап');
  });

  it('turns an error body into an ApiError with code and remedy', async () => {
    stubFetch(403, { code: 'BZ_SERVER_FORBIDDEN', message: 'not allowed', fix: 'ask an administrator' });
    const error = await apiRequest('/imports').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'BZ_SERVER_FORBIDDEN', fix: 'ask an administrator' });
  });
});
