import { useAuth } from '../../lib/auth/AuthProvider';

/** What the signed-in user may do with campaigns: editors and admins plan them and record results. */
export function useCampaignPermissions() {
  const { user } = useAuth();
  return { manage: user?.roles.some((role) => role === 'editor' || role === 'admin') ?? false };
}
