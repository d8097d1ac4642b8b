import { strings, type Lang } from './i18n';
import { adoptStyles } from './styles';

// The origin this script was loaded from is where the API lives. document.currentScript is only
// set while the script first runs, so it is read here, at module evaluation.
const script = document.currentScript;
const scriptOrigin = script instanceof HTMLScriptElement && script.src ? new URL(script.src, location.href).origin : '';

const TIMEOUT_MS = 10_000;
const inflight = new Map<string, Promise<unknown>>();

/** GET JSON anonymously; widgets asking for the same URL at the same time share one request. */
export function getJson<T>(url: string): Promise<T> {
  let request = inflight.get(url);
  if (!request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    request = fetch(url, { mode: 'cors', credentials: 'omit', headers: { Accept: 'application/json' }, signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .finally(() => {
        clearTimeout(timer);
        inflight.delete(url);
      });
    inflight.set(url, request);
  }
  return request as Promise<T>;
}

/** "?a=1&b=2" from the parameters that have a value. */
export function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

type Child = Node | string | null | undefined | false;

/** An element with text children; strings become text nodes, so API text is never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** A link when the URL is http(s); anything else (javascript:, junk) is shown as plain text. */
export function link(href: string | null | undefined, text: string, base?: string): HTMLElement {
  try {
    const url = new URL(href ?? '', base);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      const a = h('a', undefined, text);
      a.href = url.href;
      return a;
    }
  } catch {
    // not a URL: fall through to text
  }
  return h('span', undefined, text);
}

export interface Context {
  lang: Lang;
  t: (typeof strings)['nb'];
}

export interface View {
  /** The accessible name and visible title. */
  title: string;
  /** The figure, its date, and anything else; null when there is nothing to show (the quiet fallback). */
  body: Child[] | null;
  /** Where the figure comes from. */
  source: string;
}

type State = 'loading' | 'ready' | 'error';

/**
 * What every widget shares: attributes, one request per change of URL, the loading state, the quiet
 * fallback, the source line and the dashboard link. A widget says which path it reads and how it looks.
 * No <slot>: what the host puts between the tags shows only when this script does not run.
 */
export abstract class VekstElement<T> extends HTMLElement {
  static observedAttributes = ['municipality', 'lang', 'theme', 'api-base'];

  private readonly section: HTMLElement;
  private url = '';
  private state: State = 'loading';
  private data: T | undefined;
  private scheduled = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root);
    this.section = h('section', 'w');
    this.section.setAttribute('part', 'widget');
    this.section.setAttribute('aria-labelledby', 'title');
    root.append(this.section);
  }

  /** The API path with its query, e.g. /api/v1/public/kpis. */
  protected abstract path(): string;

  /** The title while loading or on failure. */
  protected abstract label(ctx: Context): string;

  protected abstract view(data: T, ctx: Context): View;

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue !== newValue) this.schedule();
  }

  /** Several attributes set together (or set before connecting) give one update. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) this.update();
    });
  }

  get apiBase(): string {
    return (this.getAttribute('api-base')?.trim() || scriptOrigin || location.origin).replace(/\/+$/, '');
  }

  // Not named like the attribute: a framework on the host page (React 19 among them) sets a
  // property of that name when the element has one, and a getter without a setter would throw.
  protected get municipalityCode(): string | null {
    return this.getAttribute('municipality')?.trim() || null;
  }

  private update(): void {
    const url = this.apiBase + this.path();
    // Same URL and already loaded or loading: lang or theme changed, so only render again.
    if (url === this.url && this.state !== 'error') return this.render();
    this.url = url;
    this.state = 'loading';
    this.data = undefined;
    this.render();
    getJson<T>(url).then(
      (data) => this.settle(url, 'ready', data),
      () => this.settle(url, 'error', undefined),
    );
  }

  private settle(url: string, state: State, data: T | undefined): void {
    if (url !== this.url) return; // an answer to a request the attributes have since replaced
    this.state = state;
    this.data = data;
    this.render();
  }

  private render(): void {
    const lang: Lang = this.getAttribute('lang')?.trim().toLowerCase().startsWith('en') ? 'en' : 'nb';
    const ctx: Context = { lang, t: strings[lang] };
    const { t } = ctx;
    const theme = this.getAttribute('theme')?.trim();
    let view: View | null = null;
    if (this.state === 'ready') {
      try {
        view = this.view(this.data as T, ctx);
      } catch {
        view = null; // an answer of an unexpected shape: the quiet fallback, not a broken box
      }
    }
    const title = h('p', 'title', view?.title ?? this.label(ctx));
    title.id = 'title';
    const body =
      this.state === 'loading'
        ? [h('p', 'muted', t.loading)]
        : view?.body
          ? [h('div', 'body', ...view.body), h('p', 'muted', t.source + view.source)]
          : [h('p', undefined, t.unavailable)];
    const more = h('p', 'more', link(`${this.apiBase}/figures`, t.more, location.href));

    const section = this.section;
    section.className = `w ${theme === 'dark' || theme === 'inherit' ? theme : 'light'}`;
    section.lang = lang;
    if (this.state === 'loading') section.setAttribute('aria-busy', 'true');
    else section.removeAttribute('aria-busy');
    section.replaceChildren(title, ...body, more);
  }
}
