import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api/client';

// Retrying a 4xx only repeats the same answer; network failures and 5xx get two more tries.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
