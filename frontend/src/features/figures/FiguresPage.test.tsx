import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { mockApi, renderWithApp } from '../../test/renderApp';
import { manifest, publicKpis } from '../../test/widgetFixtures';
import { FiguresPage } from './FiguresPage';

const MANIFEST = 'GET /embed/v1/manifest.json';
const KPIS = 'GET /api/v1/public/kpis';

afterEach(() => {
  document.head.querySelectorAll('script[data-vekst-widgets]').forEach((script) => script.remove());
});

describe('FiguresPage', () => {
  it('shows the widgets large: population, growth target, one vekst-kpi per public KPI, partners and the newest openings', async () => {
    mockApi({ [MANIFEST]: { body: manifest }, [KPIS]: { body: publicKpis } });
    renderWithApp(<FiguresPage />, { path: '/figures' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vekst i tall' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vis disse tallene på din nettside' })).toHaveAttribute('href', '/widgets');

    const kpiSection = await screen.findByTestId('figures-kpis');
    const kpis = kpiSection.querySelectorAll('vekst-kpi');
    expect([...kpis].map((element) => element.getAttribute('key'))).toEqual(['population-growth', 'net-in-migration', 'guest-nights']);
    expect([...kpis].every((element) => element.getAttribute('lang') === 'nb')).toBe(true);
    expect(within(kpiSection).getByRole('heading', { level: 2, name: 'Nøkkeltall' })).toBeInTheDocument();

    expect(screen.getByTestId('figures-population').querySelector('vekst-population')).toHaveAttribute('lang', 'nb');
    expect(screen.getByTestId('figures-population').querySelector('vekst-growth-target')).not.toBeNull();
    expect(screen.getByTestId('figures-partners').querySelector('vekst-partners')).not.toBeNull();
    expect(screen.getByTestId('figures-openings').querySelector('vekst-job-openings')).toHaveAttribute('limit', '10');
    // No municipality: the home municipality.
    expect(document.querySelector('vekst-population')).not.toHaveAttribute('municipality');

    expect(document.head.querySelectorAll('script[data-vekst-widgets]')).toHaveLength(1);
    expect(screen.queryByTestId('widgets-unavailable')).not.toBeInTheDocument();
  });

  it('speaks the app’s language', async () => {
    await i18n.changeLanguage('en');
    mockApi({ [MANIFEST]: { body: manifest }, [KPIS]: { body: publicKpis } });
    renderWithApp(<FiguresPage />, { path: '/figures' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Growth in figures' })).toBeInTheDocument();
    await screen.findByTestId('figures-kpis');
    for (const element of document.querySelectorAll(
      'vekst-population, vekst-growth-target, vekst-kpi, vekst-partners, vekst-job-openings',
    )) {
      expect(element).toHaveAttribute('lang', 'en');
    }
    expect(screen.getByRole('link', { name: 'Show these figures on your website' })).toBeInTheDocument();
  });

  it('says clearly when the widgets cannot be loaded, without empty boxes', async () => {
    mockApi({ [MANIFEST]: { status: 404, body: { status: 404, title: 'Not Found' } }, [KPIS]: { body: publicKpis } });
    renderWithApp(<FiguresPage />, { path: '/figures' });
    const alert = await screen.findByTestId('widgets-unavailable');
    expect(alert).toHaveTextContent('Widgetene er ikke tilgjengelige her');
    expect(document.querySelector('vekst-population, vekst-kpi')).toBeNull();
    expect(document.head.querySelector('script[data-vekst-widgets]')).toBeNull();
  });
});
