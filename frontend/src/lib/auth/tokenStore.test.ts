import { describe, expect, it } from 'vitest';
import { fakeToken } from '../../test/renderApp';
import { decodeClaims, expiresAt, tokenStore } from './tokenStore';

describe('token claims', () => {
  it('decodes the payload of a JWT, including non-ASCII names', () => {
    const token = fakeToken({ sub: 'kari', groups: ['viewer'], name: 'Kåre' });
    expect(decodeClaims(token)).toMatchObject({ sub: 'kari', groups: ['viewer'], name: 'Kåre' });
  });

  it('returns null for something that is not a JWT', () => {
    expect(decodeClaims('not-a-token')).toBeNull();
    expect(decodeClaims('a.%%%.c')).toBeNull();
  });

  it('counts the lifetime from when the token arrived, so a skewed browser clock does not matter', () => {
    const token = fakeToken({ iat: 1_000, exp: 4_600 });
    expect(expiresAt(token, 50_000)).toBe(50_000 + 3_600_000);
  });

  it('falls back to exp alone when the token has no iat', () => {
    const header = btoa(JSON.stringify({ alg: 'RS256' }));
    const payload = btoa(JSON.stringify({ exp: 2_000 }));
    expect(expiresAt(`${header}.${payload}.sig`, 0)).toBe(2_000_000);
  });
});

describe('tokenStore', () => {
  it('keeps the token in sessionStorage and tells subscribers when the session ends, and why', () => {
    const seen: (string | null)[] = [];
    const unsubscribe = tokenStore.subscribe(() => seen.push(tokenStore.get()));
    const token = fakeToken();
    tokenStore.set(token);
    expect(sessionStorage.getItem('vekst.accessToken')).toBe(token);
    tokenStore.end('expired');
    expect(tokenStore.get()).toBeNull();
    expect(tokenStore.endReason()).toBe('expired');
    expect(sessionStorage.getItem('vekst.accessToken')).toBeNull();
    expect(seen).toEqual([token, null]);
    unsubscribe();
  });
});
