import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, callWithEtag, fetchData, type Schemas } from '../../lib/api/client';

export type ApiClient = Schemas['ApiClient'];
export type ApiClientInput = Schemas['ApiClientInput'];
export type ApiClientCredentials = Schemas['ApiClientCredentials'];
export type ApiClientUsage = Schemas['ApiClientUsage'];
export type ApiScope = Schemas['ApiScope'];
export type ApiClientStatus = Schemas['ApiClientStatus'];
export type ApiClientSortField = 'name' | 'createdAt' | 'expiresOn' | 'lastUsedOn';
export type ApiClientSort = ApiClientSortField | `-${ApiClientSortField}`;

/** Every scope, in the order the form offers them. */
export const allScopes: readonly ApiScope[] = ['read:statistics', 'read:programme', 'read:partners-public'];
/** A scope's key among the translations: i18next reads a colon as a namespace, so the `read:` goes. */
export const scopeKey = (scope: ApiScope) => scope.replace(/^read:/, '') as 'statistics' | 'programme' | 'partners-public';

export const allStatuses: readonly ApiClientStatus[] = ['active', 'expired', 'revoked'];

/** Where a client exchanges its id and secret for a token (OAuth 2.0 client credentials). */
export const CLIENT_TOKEN_PATH = '/api/v1/auth/client-token';

export type ApiClientListParams = {
  q: string;
  status: ApiClientStatus | '';
  page: number;
  size: number;
  sort: ApiClientSort;
};

const apiClientsKey = ['api-clients'] as const;

export function useApiClients(params: ApiClientListParams) {
  return useQuery({
    queryKey: [...apiClientsKey, 'list', params],
    queryFn: ({ signal }) =>
      fetchData(
        api.GET('/api/v1/api-clients', {
          params: {
            query: {
              q: params.q || undefined,
              status: params.status || undefined,
              page: params.page,
              size: params.size,
              sort: params.sort,
            },
          },
          signal,
        }),
      ),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/** One client with the ETag of this read, which an update must send back in If-Match. */
export function useApiClient(id: string) {
  return useQuery({
    queryKey: [...apiClientsKey, 'one', id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET('/api/v1/api-clients/{id}', { params: { path: { id } }, signal }));
      return { client: data, etag };
    },
    staleTime: 0,
  });
}

/** Calls per day over the server's default span (the last 30 days). */
export function useApiClientUsage(id: string) {
  return useQuery({
    queryKey: [...apiClientsKey, 'usage', id],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/api-clients/{id}/usage', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: apiClientsKey });
}

/** Answers the new client with its secret, which the server gives this once. */
export function useCreateApiClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiClientInput) => fetchData(api.POST('/api/v1/api-clients', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateApiClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string; etag: string; body: ApiClientInput }) =>
      fetchData(api.PUT('/api/v1/api-clients/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: invalidate,
  });
}

/** A new secret: the old one and its tokens stop working at once. */
export function useRotateApiClientSecret() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => fetchData(api.POST('/api/v1/api-clients/{id}/secret', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

/** For good: the client stays listed, read-only, with its usage. */
export function useRevokeApiClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => fetchData(api.POST('/api/v1/api-clients/{id}/revocation', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
