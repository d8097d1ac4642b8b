import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Loading } from '../components/Loading';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { usePageTitle } from '../components/usePageTitle';
import { useAuth } from '../lib/auth/AuthProvider';
import type { Role } from '../lib/auth/roles';
import { useI18n } from '../lib/i18n';
import { mayAccess, type NavigationItem } from './navigation';

/** Guards a group of routes: sign in first, then the right role. */
export function RequireAccess({ access }: { access: NavigationItem['access'] }) {
  const { token, user, loadingUser, userError, retryUser } = useAuth();
  const location = useLocation();

  if (!token) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  if (userError) return <ErrorAlert error={userError} onRetry={retryUser} />;
  if (loadingUser || !user) {
    return <Loading page />;
  }
  if (!mayAccess(access, user.roles)) return <Forbidden roles={user.roles} />;
  return <Outlet />;
}

function Forbidden({ roles }: { roles: readonly Role[] }) {
  const { t } = useI18n();
  usePageTitle(t('errors.codes.forbidden'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('errors.codes.forbidden')}
      </Heading>
      <Paragraph>{t('auth.roleList', { roles: roles.map((role) => t(`roles.${role}`)).join(', ') })}</Paragraph>
    </>
  );
}
