import type { Role } from '../lib/auth/roles';

export type NavigationItem = {
  path: string;
  labelKey:
    | 'nav.dashboard'
    | 'nav.population'
    | 'nav.jobs'
    | 'nav.attractiveness'
    | 'nav.kpis'
    | 'nav.actionPlan'
    | 'nav.events'
    | 'nav.campaigns'
    | 'nav.openings'
    | 'nav.reports'
    | 'nav.widgets'
    | 'nav.partners'
    | 'nav.financing'
    | 'nav.portal'
    | 'nav.data'
    | 'nav.users'
    | 'nav.apiClients'
    | 'nav.audit'
    | 'nav.settings'
    | 'nav.account';
  /** Who sees it: 'everyone', any signed-in user, or the listed roles only. */
  access: 'everyone' | 'signed-in' | readonly Role[];
};

// One list for the menu and the route guards, so the menu never offers a page that refuses the user.
export const navigationItems: readonly NavigationItem[] = [
  { path: '/', labelKey: 'nav.dashboard', access: 'everyone' },
  { path: '/population', labelKey: 'nav.population', access: ['viewer', 'editor', 'partner', 'admin'] },
  { path: '/jobs', labelKey: 'nav.jobs', access: ['viewer', 'editor', 'partner', 'admin'] },
  { path: '/attractiveness', labelKey: 'nav.attractiveness', access: ['viewer', 'editor', 'partner', 'admin'] },
  { path: '/kpis', labelKey: 'nav.kpis', access: ['viewer', 'editor', 'admin'] },
  { path: '/action-plan', labelKey: 'nav.actionPlan', access: ['viewer', 'editor', 'admin'] },
  { path: '/events', labelKey: 'nav.events', access: ['viewer', 'editor', 'admin'] },
  { path: '/campaigns', labelKey: 'nav.campaigns', access: ['viewer', 'editor', 'admin'] },
  { path: '/openings', labelKey: 'nav.openings', access: ['viewer', 'editor', 'admin'] },
  { path: '/partners', labelKey: 'nav.partners', access: ['viewer', 'editor', 'admin'] },
  { path: '/financing', labelKey: 'nav.financing', access: ['viewer', 'editor', 'admin'] },
  { path: '/reports', labelKey: 'nav.reports', access: ['viewer', 'editor', 'admin'] },
  { path: '/portal', labelKey: 'nav.portal', access: ['partner'] },
  { path: '/data', labelKey: 'nav.data', access: ['editor', 'admin'] },
  // The page itself is public (web editors without an account); the menu offers it to those who run the website.
  { path: '/widgets', labelKey: 'nav.widgets', access: ['editor', 'admin'] },
  { path: '/users', labelKey: 'nav.users', access: ['admin'] },
  { path: '/api-clients', labelKey: 'nav.apiClients', access: ['admin'] },
  { path: '/audit', labelKey: 'nav.audit', access: ['admin'] },
  { path: '/settings', labelKey: 'nav.settings', access: ['admin'] },
  { path: '/account', labelKey: 'nav.account', access: 'signed-in' },
];

export function mayAccess(access: NavigationItem['access'], roles: readonly Role[] | null): boolean {
  if (access === 'everyone') return true;
  if (roles === null) return false;
  if (access === 'signed-in') return true;
  return access.some((role) => roles.includes(role));
}

export function accessFor(path: string): NavigationItem['access'] {
  return navigationItems.find((item) => item.path === path)?.access ?? 'signed-in';
}
