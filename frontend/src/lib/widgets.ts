import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { formatDecimal } from './format';
import type { Language } from './i18n/languages';

// The widget bundle (frontend/widgets/, built into /embed/v1/) is loaded by the embed page and the
// public figures page from its manifest: this release's own address, with its integrity hash.
// Shared here, because features do not import each other.

export type WidgetManifest = {
  version: string;
  /** The address that follows every release of major version 1, e.g. /embed/v1/vekst-widgets.js */
  stable: string;
  /** The address of this release only, which never changes. */
  pinned: string;
  /** Subresource Integrity of the bundle, `sha384-…`. */
  integrity: string;
  bytes: number;
  gzipBytes: number;
  elements: string[];
};

export const WIDGET_MANIFEST_PATH = '/embed/v1/manifest.json';

/** The page's own origin: the backend (make run) and nginx serve the app and the bundle together. */
export function siteOrigin(): string {
  return globalThis.location?.origin ?? '';
}

/** An address from the manifest made absolute, for pasting into another site. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).toString();
}

function isManifest(value: unknown): value is WidgetManifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as Record<string, unknown>;
  return (
    typeof manifest.version === 'string' &&
    typeof manifest.stable === 'string' &&
    typeof manifest.pinned === 'string' &&
    typeof manifest.integrity === 'string' &&
    typeof manifest.gzipBytes === 'number' &&
    Array.isArray(manifest.elements)
  );
}

async function fetchManifest(signal: AbortSignal): Promise<WidgetManifest> {
  // A plain fetch: the manifest is a static file, not part of the API (the origin is spelled out
  // because Node's Request, used in tests, refuses relative addresses).
  const response = await fetch(new URL(WIDGET_MANIFEST_PATH, siteOrigin()), { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The widget manifest answered HTTP ${response.status}`);
  // Where the bundle is not built, a server may answer with the app's index.html instead.
  const body: unknown = await response.json();
  if (!isManifest(body)) throw new Error('The widget manifest is not one');
  return body;
}

type ScriptState = 'loading' | 'loaded' | 'failed';

// One script element for the whole page, however many components ask for the bundle.
let bundle: { script: HTMLScriptElement; state: ScriptState } | null = null;
const listeners = new Set<() => void>();

function setState(state: ScriptState) {
  if (bundle) bundle.state = state;
  listeners.forEach((listener) => listener());
}

function loadBundle(manifest: WidgetManifest): void {
  if (bundle && bundle.script.isConnected) return;
  const script = document.createElement('script');
  // The release the manifest describes, whose integrity it gives: the stable address may still be
  // cached from the release before (five minutes), which the integrity check would refuse.
  script.src = manifest.pinned;
  script.integrity = manifest.integrity;
  script.crossOrigin = 'anonymous';
  script.async = true;
  script.dataset.vekstWidgets = manifest.version;
  script.addEventListener('load', () => setState('loaded'));
  script.addEventListener('error', () => setState('failed'));
  bundle = { script, state: 'loading' };
  document.head.append(script);
  setState('loading');
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const scriptState = () => (bundle?.script.isConnected ? bundle.state : null);

export type WidgetBundle =
  | { status: 'loading'; manifest?: undefined }
  | { status: 'unavailable'; manifest?: WidgetManifest }
  | { status: 'ready'; manifest: WidgetManifest };

/**
 * Reads the manifest and adds the bundle's script to the page once. `unavailable` when the
 * manifest cannot be read or the script does not load (not built, not served, or a wrong hash).
 */
export function useWidgetBundle(): WidgetBundle {
  const manifest = useQuery({
    queryKey: ['widgets', 'manifest'],
    queryFn: ({ signal }) => fetchManifest(signal),
    staleTime: Infinity,
    retry: false,
  });
  const state = useSyncExternalStore(subscribe, scriptState, () => null);
  const data = manifest.data;
  useEffect(() => {
    if (data) loadBundle(data);
  }, [data]);

  if (manifest.isError) return { status: 'unavailable' };
  if (!data) return { status: 'loading' };
  if (state === 'failed') return { status: 'unavailable', manifest: data };
  return { status: 'ready', manifest: data };
}

/** A number of bytes as kilobytes (1 kB = 1000 bytes) with one decimal, the language's way: 4,2 kB. */
export function formatKilobytes(bytes: number, language: Language): string {
  return `${formatDecimal(bytes / 1000, language, { decimals: 1 })} kB`;
}
