import { useLayoutEffect, useRef, type DetailedHTMLProps, type HTMLAttributes } from 'react';

// The custom elements of the widget bundle (frontend/widgets/), as the embed page and the public
// figures page render them. The elements draw themselves in a shadow root; what is inside the
// tags is shown only where scripts do not run.

type VekstElementProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  municipality?: string;
  theme?: string;
  'api-base'?: string;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'vekst-population': VekstElementProps;
      'vekst-growth-target': VekstElementProps;
      /** Its `key` attribute cannot be written in JSX (React keeps `key` for itself): see VekstWidget. */
      'vekst-kpi': VekstElementProps;
      'vekst-partners': VekstElementProps & { year?: string };
      'vekst-job-openings': VekstElementProps & { limit?: string };
    }
  }
}

export const widgetTags = ['vekst-population', 'vekst-growth-target', 'vekst-kpi', 'vekst-partners', 'vekst-job-openings'] as const;
export type WidgetTag = (typeof widgetTags)[number];

export type WidgetAttributes = {
  municipality?: string;
  lang?: string;
  theme?: string;
  'api-base'?: string;
  /** vekst-kpi only: the KPI's key. */
  key?: string;
  /** vekst-partners only. */
  year?: string;
  /** vekst-job-openings only. */
  limit?: string;
};

export type WidgetFallback = { text: string; href: string };

type VekstWidgetProps = {
  tag: WidgetTag;
  attributes: WidgetAttributes;
  /** The link inside the tags, for pages where scripts do not run. */
  fallback: WidgetFallback;
  testId?: string;
};

/** Attributes without the unset ones, in a stable order. */
function present(attributes: WidgetAttributes): [string, string][] {
  return Object.entries(attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
}

/**
 * One widget, live. A change of attributes makes a new element (React `key`), so the widget
 * starts from the new attributes whether or not it watches them.
 */
export function VekstWidget({ tag, attributes, fallback, testId }: VekstWidgetProps) {
  const identity = JSON.stringify(present(attributes));
  if (tag === 'vekst-kpi') return <KpiWidget key={identity} attributes={attributes} fallback={fallback} testId={testId} />;
  const { municipality, lang, theme, year, limit } = attributes;
  const common = {
    municipality: municipality || undefined,
    lang: lang || undefined,
    theme: theme || undefined,
    'api-base': attributes['api-base'] || undefined,
    'data-testid': testId,
  };
  const link = <a href={fallback.href}>{fallback.text}</a>;
  switch (tag) {
    case 'vekst-population':
      return (
        <vekst-population key={identity} {...common}>
          {link}
        </vekst-population>
      );
    case 'vekst-growth-target':
      return (
        <vekst-growth-target key={identity} {...common}>
          {link}
        </vekst-growth-target>
      );
    case 'vekst-partners':
      return (
        <vekst-partners key={identity} {...common} year={year || undefined}>
          {link}
        </vekst-partners>
      );
    case 'vekst-job-openings':
      return (
        <vekst-job-openings key={identity} {...common} limit={limit || undefined}>
          {link}
        </vekst-job-openings>
      );
  }
}

/**
 * `<vekst-kpi key="…">`: React keeps the `key` prop for itself and never passes it to the element,
 * and setting it afterwards (a ref) would be too late for an element already connected. So this
 * one element is made here with all its attributes before it goes into the page.
 */
function KpiWidget({ attributes, fallback, testId }: Omit<VekstWidgetProps, 'tag'>) {
  const holder = useRef<HTMLDivElement>(null);
  const entries = present(attributes);
  const identity = JSON.stringify(entries);
  useLayoutEffect(() => {
    const target = holder.current;
    if (!target) return;
    const element = document.createElement('vekst-kpi');
    for (const [name, value] of JSON.parse(identity) as [string, string][]) element.setAttribute(name, value);
    if (testId) element.dataset.testid = testId;
    const link = document.createElement('a');
    link.href = fallback.href;
    link.textContent = fallback.text;
    element.append(link);
    target.replaceChildren(element);
    return () => target.replaceChildren();
  }, [identity, fallback.href, fallback.text, testId]);
  return <div ref={holder} className="vekst-widget-holder" />;
}
