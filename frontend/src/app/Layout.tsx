import { Button, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Navigate, NavLink, Link as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { SessionExpiryWarning } from '../features/auth/SessionExpiryWarning';
import { useAuth } from '../lib/auth/AuthProvider';
import { useI18n } from '../lib/i18n';
import { mayAccess, navigationItems } from './navigation';

export function Layout() {
  const { t } = useI18n();
  const { token, user, signOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useFocusHeadingOnNavigation();

  const roles = user?.roles ?? null;
  // A temporary password must be changed first: until then the API answers nothing else, so the
  // app offers only the account page (where the password is changed) and the public pages' texts.
  const mustChangePassword = token !== null && user?.passwordChangeRequired === true;
  const visibleItems = navigationItems.filter((item) => (mustChangePassword ? item.path === '/account' : mayAccess(item.access, roles)));

  const handleSignOut = () => {
    signOut();
    void navigate('/sign-in');
  };

  return (
    <div className="vekst-page">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="vekst-header">
        <div className="vekst-header__inner">
          <RouterLink to="/" className="vekst-brand">
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <span>{t('app.name')}</span>
          </RouterLink>
          <nav aria-label={t('app.mainNavigation')} className="vekst-nav">
            <ul>
              {visibleItems.map((item) => (
                <li key={item.path}>
                  <NavLink to={item.path} end={item.path === '/'}>
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="vekst-header__tools">
            {user && (
              <Paragraph data-size="sm" className="vekst-user" data-testid="signed-in-user">
                <span className="vekst-user__name">{user.displayName}</span>
                <span className="vekst-user__roles">{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</span>
              </Paragraph>
            )}
            {token ? (
              <Button variant="secondary" data-size="sm" onClick={handleSignOut}>
                {t('nav.signOut')}
              </Button>
            ) : (
              pathname !== '/sign-in' && (
                <Button asChild variant="secondary" data-size="sm">
                  <RouterLink to="/sign-in">{t('nav.signIn')}</RouterLink>
                </Button>
              )
            )}
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="vekst-main">
        {mustChangePassword && pathname !== '/account' && pathname !== '/accessibility' ? <Navigate to="/account" replace /> : <Outlet />}
      </main>
      <footer className="vekst-footer">
        <div className="vekst-footer__inner">
          <Paragraph data-size="sm">{t('footer.owner')}</Paragraph>
          <Paragraph data-size="sm">{t('footer.openData')}</Paragraph>
          <Link asChild>
            <RouterLink to="/figures">{t('footer.figures')}</RouterLink>
          </Link>
          <Link asChild>
            <RouterLink to="/accessibility">{t('footer.accessibility')}</RouterLink>
          </Link>
        </div>
      </footer>
      {token && <SessionExpiryWarning />}
    </div>
  );
}

/**
 * After a client-side navigation, focus moves to the new page's heading so keyboard and screen
 * reader users start at the top of the new content, as they would after a full page load.
 */
function useFocusHeadingOnNavigation(): void {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('#main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      document.getElementById('main')?.focus();
    }
  }, [pathname]);
}
