import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/AppProviders';

type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: Request) => Reply | Promise<Reply>;

/**
 * Replaces fetch with answers keyed by "METHOD /path" (no query string). Unknown calls fail the
 * test loudly. Returns the list of requests made, for assertions on parameters and headers.
 */
export function mockApi(handlers: Record<string, Handler | Reply>): Request[] {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const request = input instanceof Request ? input : new Request(input);
      requests.push(request.clone());
      const url = new URL(request.url);
      const key = `${request.method} ${url.pathname}`;
      const handler = handlers[key];
      if (!handler) throw new Error(`Unexpected call in test: ${key}`);
      const reply = typeof handler === 'function' ? await handler(request) : handler;
      const status = reply.status ?? 200;
      const isProblem = status >= 400;
      return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status,
        headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...reply.headers },
      });
    }),
  );
  return requests;
}

export function problem(status: number, code: string, errors?: { field: string; code: string; message: string }[]) {
  return { status, body: { type: `https://vekst.kongsberg.no/problems/${code}`, title: code, status, code, errors } };
}

/** A token with the given lifetime (exp − iat) in seconds; the signature is not checked by the app. */
export function fakeToken(claims: Record<string, unknown> = {}, lifetimeSeconds = 3600): string {
  const iat = Math.floor(Date.now() / 1000);
  // base64url of the UTF-8 bytes, as a real JWT is encoded
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ sub: 'tester', iat, exp: iat + lifetimeSeconds, ...claims })}.c2lnbmF0dXJl`;
}

/** Renders a page the way the app does: i18n, React Query, auth, and a router at `path`. */
export function renderWithApp(element: ReactNode, { path = '/', routePath = path }: { path?: string; routePath?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: routePath, element },
      // Where pages send the user: stand-ins, so navigation can be asserted.
      ...[
        { path: '/', element: <p>front page</p> },
        { path: '/sign-in', element: <p>sign-in page</p> },
      ].filter((route) => route.path !== routePath),
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, queryClient };
}
