import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayAccess, navigationItems } from '../../app/navigation';
import { i18n } from '../../lib/i18n';
import { mockApi, renderWithApp } from '../../test/renderApp';
import { manifest, publicKpis } from '../../test/widgetFixtures';
import { WidgetsPage } from './WidgetsPage';

const MANIFEST = 'GET /embed/v1/manifest.json';
const KPIS = 'GET /api/v1/public/kpis';
const tags = ['vekst-population', 'vekst-growth-target', 'vekst-kpi', 'vekst-partners', 'vekst-job-openings'];

function mockWidgetApi(overrides: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({ [MANIFEST]: { body: manifest }, [KPIS]: { body: publicKpis }, ...overrides });
}

const snippet = (testId: string) =>
  within(screen.getByTestId(testId)).getByText((_, element) => element?.tagName === 'CODE').textContent ?? '';
const live = (tag: string) => screen.getByTestId(`preview-${tag}`).querySelector(tag);

afterEach(() => {
  document.head.querySelectorAll('script[data-vekst-widgets]').forEach((script) => script.remove());
  vi.restoreAllMocks();
});

describe('WidgetsPage', () => {
  it('documents every element with its attributes, a live widget and the code to paste, for anyone', async () => {
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Widgeter for nettsider' })).toBeInTheDocument();
    expect(await screen.findByTestId('widgets-bundle')).toHaveTextContent(/^Versjon 0\.1\.0, 5,3\skB komprimert \(gzip\)\.$/);
    const origin = window.location.origin;

    for (const tag of tags) {
      const doc = screen.getByTestId(`doc-${tag}`);
      expect(within(doc).getByRole('heading', { level: 2 })).toBeInTheDocument();
      expect(within(doc).getByRole('table', { name: `Attributter for ${tag}` })).toBeInTheDocument();
      for (const name of ['municipality', 'lang', 'theme', 'api-base'])
        expect(within(doc).getByRole('rowheader', { name })).toBeInTheDocument();
      const code = snippet(`snippet-${tag}`);
      expect(code.startsWith(`<script src="${origin}/embed/v1/vekst-widgets.js" defer></script>\n<${tag} `)).toBe(true);
      expect(code).toContain(`<a href="${origin}/figures">`);
      expect(code.endsWith(`</${tag}>`)).toBe(true);
      expect(live(tag)).not.toBeNull();
    }
    expect(within(screen.getByTestId('doc-vekst-kpi')).getByRole('rowheader', { name: 'key' })).toBeInTheDocument();
    expect(within(screen.getByTestId('doc-vekst-partners')).getByRole('rowheader', { name: 'year' })).toBeInTheDocument();
    expect(within(screen.getByTestId('doc-vekst-job-openings')).getByRole('rowheader', { name: 'limit' })).toBeInTheDocument();
    expect(
      within(screen.getByTestId('doc-vekst-job-openings')).getByRole('row', { name: /^municipality .* Alle kommuner/ }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('doc-vekst-population')).getByRole('row', { name: /^municipality .* Programmets hjemkommune/ }),
    ).toBeInTheDocument();

    expect(snippet('snippet-vekst-population')).toBe(
      [
        `<script src="${origin}/embed/v1/vekst-widgets.js" defer></script>`,
        '<vekst-population lang="nb" theme="light">',
        `  <a href="${origin}/figures">Se folketallet i Vekst i tall</a>`,
        '</vekst-population>',
      ].join('\n'),
    );
    expect(snippet('snippet-vekst-kpi')).toContain('<vekst-kpi key="population-growth" lang="nb" theme="light">');
    expect(snippet('snippet-vekst-job-openings')).toContain('<vekst-job-openings lang="nb" theme="light" limit="5">');
    expect(live('vekst-kpi')).toHaveAttribute('key', 'population-growth');
    expect(live('vekst-job-openings')).toHaveAttribute('limit', '5');
    expect(live('vekst-population')).toHaveAttribute('lang', 'nb');

    // The bundle is loaded once, from this release's own address with its integrity (the stable
    // address may still be cached from the release before).
    const scripts = document.head.querySelectorAll<HTMLScriptElement>('script[data-vekst-widgets]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('src')).toBe(manifest.pinned);
    expect(scripts[0]!.integrity).toBe(manifest.integrity);
    expect(scripts[0]!.crossOrigin).toBe('anonymous');

    expect(snippet('snippet-csp')).toBe(`script-src ${origin};\nconnect-src ${origin};`);
    expect(screen.getByText(/ingen style-src/)).toBeInTheDocument();
    expect(screen.queryByTestId('widgets-unavailable')).not.toBeInTheDocument();
  });

  it('follows the chosen theme, language and municipality in the code and the live widgets', async () => {
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    await screen.findByTestId('widgets-bundle');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Fargetema' }), 'dark');
    expect(snippet('snippet-vekst-population')).toContain('<vekst-population lang="nb" theme="dark">');
    expect(live('vekst-population')).toHaveAttribute('theme', 'dark');
    expect(live('vekst-kpi')).toHaveAttribute('theme', 'dark');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(snippet('snippet-vekst-partners')).toContain('<vekst-partners lang="en" theme="dark">');
    expect(snippet('snippet-vekst-partners')).toContain('>See the partners in Growth in figures</a>');
    expect(live('vekst-partners')).toHaveAttribute('lang', 'en');

    await userEvent.type(screen.getByRole('textbox', { name: /Kommunenummer/ }), '3301');
    expect(snippet('snippet-vekst-growth-target')).toContain('<vekst-growth-target municipality="3301" lang="en" theme="dark">');
    expect(live('vekst-growth-target')).toHaveAttribute('municipality', '3301');
    expect(live('vekst-kpi')).toHaveAttribute('municipality', '3301');
    expect(live('vekst-kpi')).toHaveAttribute('key', 'population-growth');

    // Another KPI from the public list.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'KPI' }), 'net-in-migration');
    expect(snippet('snippet-vekst-kpi')).toContain('<vekst-kpi key="net-in-migration" municipality="3301" lang="en" theme="dark">');
    expect(live('vekst-kpi')).toHaveAttribute('key', 'net-in-migration');
    expect(screen.getAllByRole('option', { name: /\((population-growth|net-in-migration|guest-nights)\)$/ })).toHaveLength(3);
  });

  it('gives the defined elements attributes, not properties: an element may have read-only getters of the same names', async () => {
    // As the bundle once defined them; attributes are the contract.
    class ReadOnly extends HTMLElement {
      get municipality() {
        return this.getAttribute('municipality');
      }
      get limit() {
        return Number(this.getAttribute('limit') ?? 5);
      }
    }
    customElements.define('vekst-job-openings', ReadOnly);
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    await screen.findByTestId('widgets-bundle');
    const element = live('vekst-job-openings') as ReadOnly;
    expect(element).toBeInstanceOf(ReadOnly);
    expect(element.limit).toBe(5);
    await userEvent.type(screen.getByRole('textbox', { name: /Kommunenummer/ }), '3303');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Fargetema' }), 'dark');
    expect(live('vekst-job-openings')).toHaveAttribute('municipality', '3303');
    expect(live('vekst-job-openings')).toHaveAttribute('theme', 'dark');
    expect((live('vekst-job-openings') as ReadOnly).municipality).toBe('3303');
  });

  it('refuses a municipality code that is not four digits, beside the field, and keeps the code as it was', async () => {
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    await screen.findByTestId('widgets-bundle');
    const field = screen.getByRole('textbox', { name: /Kommunenummer/ });

    await userEvent.type(field, '3303');
    expect(snippet('snippet-vekst-population')).toContain('municipality="3303"');
    await userEvent.type(field, '{Backspace}x');
    expect(field).toHaveValue('330x');
    await userEvent.tab();
    expect(await screen.findByText('Skriv et kommunenummer med fire sifre')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(snippet('snippet-vekst-population')).toContain('municipality="3303"');
    expect(snippet('snippet-vekst-population')).not.toContain('330x');
    expect(live('vekst-population')).toHaveAttribute('municipality', '3303');

    // Emptied: the home municipality, and no error.
    await userEvent.clear(field);
    expect(screen.queryByText('Skriv et kommunenummer med fire sifre')).not.toBeInTheDocument();
    expect(snippet('snippet-vekst-population')).not.toContain('municipality=');
    expect(live('vekst-population')).not.toHaveAttribute('municipality');
  });

  it('says clearly when the widgets are not served here, and still documents them', async () => {
    mockWidgetApi({ [MANIFEST]: { status: 404, body: { status: 404, title: 'Not Found' } } });
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    const alert = await screen.findByTestId('widgets-unavailable');
    expect(within(alert).getByRole('heading', { name: 'Widgetene er ikke tilgjengelige her' })).toBeInTheDocument();
    for (const tag of tags) {
      expect(screen.getByTestId(`doc-${tag}`)).toHaveTextContent('Forhåndsvisningen vises når widgetpakken er tilgjengelig.');
      expect(snippet(`snippet-${tag}`)).toContain(`<${tag} `);
      expect(document.querySelector(tag)).toBeNull();
    }
    expect(screen.getByText('Den faste adressen vises når widgetpakken er tilgjengelig.')).toBeInTheDocument();
    expect(document.head.querySelector('script[data-vekst-widgets]')).toBeNull();
  });

  it('treats an answer that is not a manifest (the app’s own page) as no widgets', async () => {
    mockWidgetApi({ [MANIFEST]: { body: { hello: 'world' } } });
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    expect(await screen.findByTestId('widgets-unavailable')).toBeInTheDocument();
  });

  it('says so when the bundle itself does not load (a wrong hash, or not served)', async () => {
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    await screen.findByTestId('widgets-bundle');
    const script = document.head.querySelector('script[data-vekst-widgets]')!;
    act(() => {
      script.dispatchEvent(new Event('error'));
    });
    expect(await screen.findByTestId('widgets-unavailable')).toBeInTheDocument();
    expect(document.querySelector('vekst-population')).toBeNull();
  });

  it('has no WCAG 2.1 A/AA violation that axe can find in jsdom', async () => {
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    await screen.findByTestId('widgets-bundle');
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([]);
  });

  it('gives the pinned release with its integrity hash', async () => {
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    await screen.findByTestId('widgets-bundle');
    const origin = window.location.origin;
    expect(snippet('snippet-pinned')).toBe(
      `<script src="${origin}/embed/v1/vekst-widgets.0123456789.js" integrity="${manifest.integrity}" crossorigin="anonymous" defer></script>`,
    );
    expect(screen.getByTestId('pinned-details')).toHaveTextContent(manifest.integrity);
    expect(screen.getByText(/følger alltid siste utgave av versjon 1/)).toHaveTextContent(`${origin}/embed/v1/vekst-widgets.js`);
  });

  it('copies the code to the clipboard and says so in a live region', async () => {
    mockWidgetApi();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    await screen.findByTestId('widgets-bundle');

    const section = screen.getByTestId('snippet-vekst-population');
    const status = within(section).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    fireEvent.click(within(section).getByRole('button', { name: 'Kopier koden for Folketall' }));
    await waitFor(() => expect(status).toHaveTextContent('Kopiert'));
    expect(writeText).toHaveBeenCalledWith(snippet('snippet-vekst-population'));

    writeText.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Kopier koden for den faste versjonen' }));
    expect(await within(screen.getByTestId('snippet-pinned')).findByText(/Kunne ikke kopiere/)).toBeInTheDocument();
  });

  it('is in English when the app is', async () => {
    await i18n.changeLanguage('en');
    mockWidgetApi();
    renderWithApp(<WidgetsPage />, { path: '/widgets' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Widgets for websites' })).toBeInTheDocument();
    await screen.findByTestId('widgets-bundle');
    expect(screen.getByTestId('widgets-bundle')).toHaveTextContent(/^Version 0\.1\.0, 5\.3 kB compressed \(gzip\)\.$/);
    expect(snippet('snippet-vekst-population')).toContain('<vekst-population lang="en" theme="light">');
    expect(screen.getByRole('heading', { level: 2, name: 'Pin a release' })).toBeInTheDocument();
  });

  it('is in the menu of editors and admins, who look after the website', () => {
    const menu = (role: 'viewer' | 'editor' | 'partner' | 'admin') =>
      navigationItems.filter((item) => mayAccess(item.access, [role])).map((item) => item.path);
    expect(menu('editor')).toContain('/widgets');
    expect(menu('admin')).toContain('/widgets');
    expect(menu('partner')).not.toContain('/widgets');
  });
});
