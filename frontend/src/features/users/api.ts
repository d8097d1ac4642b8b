import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, fetchData, type Schemas } from '../../lib/api/client';
import type { Role } from '../../lib/auth/roles';

export type User = Schemas['User'];
export type UserCreate = Schemas['UserCreate'];
export type UserUpdate = Schemas['UserUpdate'];
export type UserSortField = 'username' | 'displayName' | 'createdAt';
export type UserSort = UserSortField | `-${UserSortField}`;

export type UserListParams = {
  q: string;
  role: Role | '';
  enabled: '' | 'true' | 'false';
  page: number;
  size: number;
  sort: UserSort;
};

const usersKey = ['users'] as const;

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: ({ signal }) =>
      fetchData(
        api.GET('/api/v1/users', {
          params: {
            query: {
              q: params.q || undefined,
              role: params.role || undefined,
              enabled: params.enabled === '' ? undefined : params.enabled === 'true',
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

/** One user with the ETag of this read, which an update must send back in If-Match. */
export function useUser(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'one', id],
    queryFn: async ({ signal }) => {
      const { data, response } = await call(api.GET('/api/v1/users/{id}', { params: { path: { id } }, signal }));
      return { user: data, etag: response.headers.get('ETag') ?? '' };
    },
    staleTime: 0,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => fetchData(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string; etag: string; body: UserUpdate }) =>
      fetchData(api.PUT('/api/v1/users/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Disable or enable from the list: reads the user fresh for its ETag, then changes only `enabled`. */
export function useSetUserEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, enabled }: { id: string; enabled: boolean }) => {
      const { data: user, response } = await call(api.GET('/api/v1/users/{id}', { params: { path: { id } } }));
      const etag = response.headers.get('ETag') ?? '';
      return fetchData(
        api.PUT('/api/v1/users/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: { displayName: user.displayName, roles: user.roles, partnerId: user.partnerId, enabled },
        }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      call(api.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body: { newPassword } })),
  });
}

/** Every partner organisation by name, for binding a partner user to one. */
export function usePartnerOptions() {
  return useQuery({
    queryKey: ['partners', 'options'],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/partners', { params: { query: { size: 500, sort: 'name' } }, signal })).then((page) => page.items),
    staleTime: 60_000,
  });
}
