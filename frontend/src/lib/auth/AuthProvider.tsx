import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { api, fetchData, type Schemas } from '../api/client';
import { tokenStore, type SessionEndReason } from './tokenStore';

export type CurrentUser = Schemas['Me'];

type AuthState = {
  /** The access token, or null when signed out. */
  token: string | null;
  /** Who is signed in; null while loading or when signed out. */
  user: CurrentUser | null;
  /** True while a token exists but /auth/me has not answered yet. */
  loadingUser: boolean;
  /** Why /auth/me failed, when it did for another reason than an ended session. */
  userError: unknown;
  retryUser(): void;
  /** Why the last session ended, for the sign-in page's message. */
  endReason: SessionEndReason | null;
  signIn(username: string, password: string): Promise<void>;
  /** Gets a fresh token for the signed-in user, who keeps the page and whatever was typed. */
  reauthenticate(password: string): Promise<void>;
  signOut(): void;
};

const AuthContext = createContext<AuthState | null>(null);

export const meQueryKey = ['auth', 'me'] as const;

async function requestToken(username: string, password: string): Promise<string> {
  const body = await fetchData(api.POST('/api/v1/auth/token', { body: { username, password } }));
  return body.accessToken;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const token = useSyncExternalStore(tokenStore.subscribe, tokenStore.get);
  const endReason = useSyncExternalStore(tokenStore.subscribe, tokenStore.endReason);

  const me = useQuery({
    // Not keyed by token: re-authenticating must not blank the page while /auth/me reloads.
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/auth/me', { signal })),
    enabled: token !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });

  const signIn = useCallback(
    async (username: string, password: string) => {
      const accessToken = await requestToken(username, password);
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      tokenStore.set(accessToken);
    },
    [queryClient],
  );

  const username = me.data?.username;
  const reauthenticate = useCallback(
    async (password: string) => {
      if (!username) throw new Error('No signed-in user to re-authenticate');
      tokenStore.set(await requestToken(username, password));
    },
    [username],
  );

  const signOut = useCallback(() => {
    tokenStore.end('signed-out');
    queryClient.clear();
  }, [queryClient]);

  const { data: meData, isPending: mePending, error: meError, refetch: refetchMe } = me;
  const value = useMemo<AuthState>(
    () => ({
      token,
      user: token ? (meData ?? null) : null,
      loadingUser: token !== null && mePending,
      userError: token !== null ? meError : null,
      retryUser: () => void refetchMe(),
      endReason,
      signIn,
      reauthenticate,
      signOut,
    }),
    [token, meData, mePending, meError, refetchMe, endReason, signIn, reauthenticate, signOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
