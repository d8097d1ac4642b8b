import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../api/schema';
import { tokenStore } from '../auth/tokenStore';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

/** Any failed call: `status` 0 means the server was not reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): string | undefined {
    return this.problem?.code;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

const sentWithToken = new WeakSet<Request>();

// Anonymous endpoints never get the token: a 401 from signing in (wrong password while
// re-authenticating) must not end the session it was meant to extend.
function isAnonymousEndpoint(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname === '/api/v1/auth/token' || pathname.startsWith('/api/v1/public/');
}

const authentication: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token && !request.headers.has('Authorization') && !isAnonymousEndpoint(request.url)) {
      request.headers.set('Authorization', `Bearer ${token}`);
      sentWithToken.add(request);
    }
    return request;
  },
  onResponse({ request, response }) {
    // A 401 on a call that carried a token means the session is over (expired, revoked or the
    // user was disabled): end it, and the signed-in pages send the user to sign in again.
    if (response.status === 401 && sentWithToken.has(request)) {
      tokenStore.end('expired');
    }
    return response;
  },
};

// Relative to the page's own origin: the backend serves the app (make run) or nginx proxies /api.
// The origin is spelled out because Node's Request (used in tests) refuses relative URLs.
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // openapi-fetch keeps its own fetch reference; look it up per call so tests can replace it.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authentication);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

function retryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : null;
}

function asProblem(body: unknown): Problem | null {
  return typeof body === 'object' && body !== null && 'status' in body ? (body as Problem) : null;
}

/** Awaits an openapi-fetch call: its data, or an ApiError with the server's problem details. */
export async function call<T>(pending: Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  let result: FetchResult<T>;
  try {
    result = await pending;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, asProblem(error), retryAfter(response));
  }
  return { data: data as T, response };
}

/** The data of a call, for the common case where headers do not matter. */
export async function fetchData<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  return (await call(pending)).data;
}

/** A read (or save) whose ETag matters: its data and the ETag to send back in If-Match. */
export async function callWithEtag<T>(pending: Promise<FetchResult<T>>): Promise<{ data: T; etag: string }> {
  const { data, response } = await call(pending);
  return { data, etag: response.headers.get('ETag') ?? '' };
}
