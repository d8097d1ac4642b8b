import { describe, expect, it, vi } from 'vitest';
import { css } from './styles';
import { change, dashboardLink, mount, requested, respond, section, settled, stubFetch, summary, text } from './test-utils';

const FALLBACK = 'Tallene er ikke tilgjengelige akkurat nå.';

describe('every widget', () => {
  it('says it is loading, with aria-busy, until the answer comes', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    document.body.innerHTML = '<vekst-population></vekst-population>';
    const element = document.querySelector('vekst-population') as HTMLElement;

    await vi.waitFor(() => expect(section(element).getAttribute('aria-busy')).toBe('true'));
    expect(text(element)).toContain('Henter tall …');
    answer(respond(summary));
    await settled(element);
    expect(text(element)).toContain('28 604');
  });

  it.each([
    ['the API is unreachable', () => Promise.reject(new TypeError('Failed to fetch'))],
    [
      'the API answers 503',
      () => respond({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'java.lang.Oops' }, 503),
    ],
    ['the API answers something that is not JSON', () => new Response('<html>proxy error</html>', { status: 200 })],
    ['the API answers an unexpected shape', () => respond({ unexpected: true })],
  ])('shows a quiet fallback with the dashboard link when %s', async (_case, answer) => {
    stubFetch(answer);
    for (const tag of ['vekst-population', 'vekst-growth-target', 'vekst-kpi', 'vekst-partners', 'vekst-job-openings']) {
      const element = await mount(`<${tag} key="net-in-migration"></${tag}>`);
      expect(text(element)).toContain(FALLBACK);
      expect(text(element)).not.toMatch(/Error|503|java|undefined|null|NaN/);
      expect(dashboardLink(element).textContent).toBe('Se flere tall');
    }
  });

  it('gives up after 10 seconds without an answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stubFetch(() => new Promise<Response>(() => undefined));
    const fetch = vi.mocked(globalThis.fetch);
    fetch.mockImplementation(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    document.body.innerHTML = '<vekst-population lang="en"></vekst-population>';
    const element = document.querySelector('vekst-population') as HTMLElement;
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());

    vi.advanceTimersByTime(10_000);
    await settled(element);
    expect(text(element)).toContain('The figures are not available right now.');
  });

  it('tries again on the next attribute change after a failure', async () => {
    const fetch = stubFetch(() => respond({}, 503));
    const element = await mount('<vekst-population></vekst-population>');
    expect(text(element)).toContain(FALLBACK);

    fetch.mockImplementation(() => Promise.resolve(respond(summary)));
    await change(element, 'lang', 'nb-NO');
    expect(text(element)).toContain('28 604');
  });

  it('reads from api-base and links the dashboard there', async () => {
    const fetch = stubFetch(() => respond(summary));
    const element = await mount('<vekst-population api-base="https://vekst.example.no/"></vekst-population>');

    expect(requested(fetch)).toEqual(['https://vekst.example.no/api/v1/public/population/summary']);
    expect(dashboardLink(element).href).toBe('https://vekst.example.no/figures');

    await change(element, 'api-base', 'https://test.vekst.example.no');
    expect(requested(fetch).at(-1)).toBe('https://test.vekst.example.no/api/v1/public/population/summary');
    expect(dashboardLink(element).href).toBe('https://test.vekst.example.no/figures');
  });

  it('has an accessible name from its visible title, and its language', async () => {
    stubFetch(() => respond(summary));
    const element = await mount('<vekst-population lang="en"></vekst-population>');

    const labelledBy = section(element).getAttribute('aria-labelledby')!;
    expect(element.shadowRoot!.getElementById(labelledBy)!.textContent).toBe('Population of Kongsberg');
    expect(section(element).tagName).toBe('SECTION');
    expect(section(element).lang).toBe('en');
  });

  it('keeps a name while loading and after a failure', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const element = await mount('<vekst-partners></vekst-partners>');
    const labelledBy = section(element).getAttribute('aria-labelledby')!;
    expect(element.shadowRoot!.getElementById(labelledBy)!.textContent).toBe('Partnere i Vekst i Kongsberg');
  });

  it('switches theme by a class on its root, styled by the stylesheet', async () => {
    stubFetch(() => respond(summary));
    const element = await mount('<vekst-population></vekst-population>');
    expect(section(element).classList.contains('light')).toBe(true);

    await change(element, 'theme', 'dark');
    expect(section(element).classList.contains('dark')).toBe(true);
    expect(section(element).classList.contains('light')).toBe(false);
    await change(element, 'theme', 'inherit');
    expect(section(element).classList.contains('inherit')).toBe(true);
    await change(element, 'theme', 'neon');
    expect(section(element).classList.contains('light')).toBe(true);

    // jsdom has no adoptedStyleSheets, so the fallback <style> carries the same sheet.
    expect(element.shadowRoot!.querySelector('style')!.textContent).toBe(css);
    expect(css).toMatch(/\.dark\{[^}]*--vekst-bg:#1b1e23/);
    expect(css).toMatch(/\.inherit\{font:inherit;color:inherit;background:transparent/);
  });

  it('lives in an open shadow root that the page’s CSS cannot reach, with no slot for the page’s fallback', async () => {
    stubFetch(() => respond(summary));
    const style = document.createElement('style');
    style.textContent = 'p { display: none; } .title { display: none; }';
    document.head.append(style);
    try {
      const element = await mount('<vekst-population><a href="https://www.kongsberg.no/tall">Folketall i Kongsberg</a></vekst-population>');

      expect(element.shadowRoot).not.toBeNull();
      expect(element.shadowRoot!.mode).toBe('open');
      expect(element.shadowRoot!.querySelector('slot')).toBeNull();
      // The page's selectors do not see inside (jsdom's getComputedStyle ignores shadow boundaries,
      // so the cascade itself is left to browsers); the page's own content is not shown inside.
      expect(document.querySelectorAll('.title')).toHaveLength(0);
      expect(element.shadowRoot!.querySelector('.title')!.textContent).toBe('Folketall i Kongsberg');
      expect(text(element)).not.toContain('kongsberg.no/tall');
    } finally {
      style.remove();
    }
  });

  it('never writes style attributes (host CSPs forbid inline styles)', async () => {
    stubFetch(() => respond(summary));
    const element = await mount('<vekst-growth-target theme="dark"></vekst-growth-target>');
    expect(element.shadowRoot!.querySelectorAll('[style]')).toHaveLength(0);
    expect(element.hasAttribute('style')).toBe(false);
  });

  it('defines each element once, even when the script runs twice', async () => {
    const define = vi.spyOn(customElements, 'define');
    vi.resetModules();
    await import('./index');
    expect(define).not.toHaveBeenCalled();
    expect(customElements.get('vekst-kpi')).toBeDefined();
    define.mockRestore();
  });
});

describe('the stylesheet', () => {
  const channel = (hex: string, i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (hex: string) => 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it.each(['light', 'dark'])('meets WCAG AA contrast in the %s theme', (theme) => {
    const rule = css.match(new RegExp(`\\.${theme}\\{([^}]*)\\}`))![1]!;
    const colour = (name: string) => rule.match(new RegExp(`--vekst-${name}:(#[0-9a-f]{6})`))![1]!;
    for (const name of ['fg', 'muted', 'link']) expect(contrast(colour(name), colour('bg'))).toBeGreaterThanOrEqual(4.5);
  });

  it('animates only for readers who have not asked for reduced motion', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion:no-preference\)\{.*\}\}\}/s, '');
    expect(outside).not.toMatch(/animation|transition/);
    expect(css).toMatch(/@media \(prefers-reduced-motion:no-preference\)\{[^\n]*animation/);
  });

  it('shows links visibly focused', () => {
    expect(css).toMatch(/a:focus-visible\{outline:3px solid/);
  });
});
