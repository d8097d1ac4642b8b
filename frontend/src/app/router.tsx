import { createBrowserRouter, Navigate } from 'react-router';
import { AccessibilityStatementPage } from '../features/accessibility/AccessibilityStatementPage';
import { AccountPage } from '../features/auth/AccountPage';
import { SignInPage } from '../features/auth/SignInPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { accessFor } from './navigation';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { Loading } from '../components/Loading';
import { RequireAccess } from './RequireAccess';

// Public pages are in the main bundle; the admin pages load on first visit.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    // Shown while a lazily loaded page is fetched on the very first load.
    hydrateFallbackElement: <Loading page />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'accessibility', element: <AccessibilityStatementPage /> },
      // Public as well: for the web editors of kongsberg.no, who may have no account, and the page the widgets link to.
      { path: 'widgets', lazy: async () => ({ Component: (await import('../features/widgets/WidgetsPage')).WidgetsPage }) },
      { path: 'figures', lazy: async () => ({ Component: (await import('../features/figures/FiguresPage')).FiguresPage }) },
      {
        element: <RequireAccess access={accessFor('/account')} />,
        children: [{ path: 'account', element: <AccountPage /> }],
      },
      {
        element: <RequireAccess access={accessFor('/population')} />,
        children: [
          {
            path: 'population',
            lazy: async () => ({ Component: (await import('../features/population/PopulationPage')).PopulationPage }),
          },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/jobs')} />,
        children: [{ path: 'jobs', lazy: async () => ({ Component: (await import('../features/jobs/JobsPage')).JobsPage }) }],
      },
      {
        element: <RequireAccess access={accessFor('/attractiveness')} />,
        children: [
          {
            path: 'attractiveness',
            lazy: async () => ({ Component: (await import('../features/analysis/AttractivenessPage')).AttractivenessPage }),
          },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/kpis')} />,
        children: [
          { path: 'kpis', lazy: async () => ({ Component: (await import('../features/kpis/KpisPage')).KpisPage }) },
          { path: 'kpis/:key', lazy: async () => ({ Component: (await import('../features/kpis/KpiDetailPage')).KpiDetailPage }) },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/action-plan')} />,
        children: [
          { path: 'action-plan', element: <Navigate to={`/action-plan/${new Date().getFullYear()}`} replace /> },
          {
            path: 'action-plan/:year',
            lazy: async () => ({ Component: (await import('../features/actionPlan/ActionPlanPage')).ActionPlanPage }),
          },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/events')} />,
        children: [{ path: 'events', lazy: async () => ({ Component: (await import('../features/events/EventsPage')).EventsPage }) }],
      },
      {
        element: <RequireAccess access={accessFor('/partners')} />,
        children: [
          { path: 'partners', lazy: async () => ({ Component: (await import('../features/partners/PartnersPage')).PartnersPage }) },
          {
            path: 'partners/:id',
            lazy: async () => ({ Component: (await import('../features/partners/PartnerDetailPage')).PartnerDetailPage }),
          },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/campaigns')} />,
        children: [
          { path: 'campaigns', lazy: async () => ({ Component: (await import('../features/campaigns/CampaignsPage')).CampaignsPage }) },
          {
            path: 'campaigns/comparison/:year?',
            lazy: async () => ({ Component: (await import('../features/campaigns/ComparisonPage')).ComparisonPage }),
          },
          {
            path: 'campaigns/:id',
            lazy: async () => ({ Component: (await import('../features/campaigns/CampaignDetailPage')).CampaignDetailPage }),
          },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/openings')} />,
        children: [
          { path: 'openings', lazy: async () => ({ Component: (await import('../features/openings/OpeningsPage')).OpeningsPage }) },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/financing')} />,
        children: [
          { path: 'financing', lazy: async () => ({ Component: (await import('../features/financing/FinancingPage')).FinancingPage }) },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/reports')} />,
        children: [{ path: 'reports', lazy: async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage }) }],
      },
      {
        element: <RequireAccess access={accessFor('/portal')} />,
        children: [
          {
            path: 'portal',
            lazy: async () => {
              // The portal is the partner feature's page; the campaigns the partner co-funds come from the
              // campaigns feature, and its own job openings from the openings feature.
              const [{ PortalPage }, { PartnerCampaignsSection }, { OwnOpeningsSection }] = await Promise.all([
                import('../features/partners/PortalPage'),
                import('../features/campaigns/PartnerCampaignsSection'),
                import('../features/openings/OwnOpeningsSection'),
              ]);
              return {
                Component: () => (
                  <PortalPage
                    more={
                      <>
                        <OwnOpeningsSection />
                        <PartnerCampaignsSection />
                      </>
                    }
                  />
                ),
              };
            },
          },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/data')} />,
        children: [{ path: 'data', lazy: async () => ({ Component: (await import('../features/data/DataPage')).DataPage }) }],
      },
      {
        element: <RequireAccess access={accessFor('/users')} />,
        children: [{ path: 'users', lazy: async () => ({ Component: (await import('../features/users/UsersPage')).UsersPage }) }],
      },
      {
        element: <RequireAccess access={accessFor('/api-clients')} />,
        children: [
          {
            path: 'api-clients',
            lazy: async () => ({ Component: (await import('../features/apiClients/ApiClientsPage')).ApiClientsPage }),
          },
        ],
      },
      {
        element: <RequireAccess access={accessFor('/audit')} />,
        children: [{ path: 'audit', lazy: async () => ({ Component: (await import('../features/audit/AuditPage')).AuditPage }) }],
      },
      {
        element: <RequireAccess access={accessFor('/settings')} />,
        children: [
          { path: 'settings', lazy: async () => ({ Component: (await import('../features/settings/SettingsPage')).SettingsPage }) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
