import { useAuth } from '../../lib/auth/AuthProvider';
import type { Role } from '../../lib/auth/roles';

/** What the signed-in user may do with partners; roles do not imply each other. */
export function usePartnerPermissions() {
  const { user } = useAuth();
  const has = (...roles: Role[]) => roles.some((role) => user?.roles.includes(role) ?? false);
  return {
    /** Registers and changes partners and agreements, moves agreements along. */
    manage: has('editor', 'admin'),
    /** Personal data: editors, admins and the partner's own users. */
    seeContacts: has('editor', 'admin', 'partner'),
    admin: has('admin'),
    partner: has('partner'),
    ownPartnerId: user?.partnerId ?? null,
  };
}
