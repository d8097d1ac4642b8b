// Helpers for the widgets' unit tests: a stubbed fetch, mounting an element and waiting for it to settle.
import { afterEach, expect, vi } from 'vitest';
import { kongsbergSummary } from '../../src/test/populationFixtures';
import './index';

/** The population summary every widget test answers with: the app's own fixture. */
export const summary = kongsbergSummary;

export function respond(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Stubs fetch with a handler of the URL; returns the mock to inspect calls. */
export function stubFetch(handler: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const mock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve().then(() => handler(String(input), init)));
  vi.stubGlobal('fetch', mock);
  return mock;
}

export const section = (element: HTMLElement): HTMLElement => element.shadowRoot!.querySelector('section')!;

/** The widget's text, with Intl's (narrow) no-break spaces as plain spaces. */
export const text = (element: HTMLElement): string => (section(element).textContent ?? '').replace(/\s+/g, ' ');

export const requested = (mock: ReturnType<typeof stubFetch>): string[] => mock.mock.calls.map(([url]) => String(url));

export async function settled(element: HTMLElement): Promise<void> {
  await vi.waitFor(() => {
    expect(section(element).getAttribute('aria-busy')).toBeNull();
    expect(text(element)).not.toBe('');
  });
}

/** Puts the markup in the page and waits until the widget has loaded (or given up). */
export async function mount(html: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const element = host.firstElementChild as HTMLElement;
  await settled(element);
  return element;
}

/** Changes an attribute and waits for the update it causes. */
export async function change(element: HTMLElement, name: string, value: string): Promise<void> {
  element.setAttribute(name, value);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settled(element);
}

export function dashboardLink(element: HTMLElement): HTMLAnchorElement {
  const links = [...section(element).querySelectorAll('a')];
  return links[links.length - 1]!;
}

afterEach(() => document.body.replaceChildren());
