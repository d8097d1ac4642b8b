import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../lib/i18n';

// The custom elements of the widget bundle (frontend/widgets/), as the embed page and the public
// figures page show them. The elements draw themselves in a shadow root; what is inside the tags
// is shown only where scripts do not run.
//
// They are made here with document.createElement and setAttribute, not written as JSX tags:
// attributes are the widgets' contract (React 19 would set a prop as a *property* when the element
// has one of that name), React keeps the `key` prop for itself, so <vekst-kpi key> could not be
// written at all, and each element gets all its attributes before it is connected to the page.

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

/** Attributes without the unset ones. */
function present(attributes: WidgetAttributes): [string, string][] {
  return Object.entries(attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
}

/**
 * One widget, live, in a holder that takes no room of its own (display: contents). A change of
 * attributes makes a new element, which starts from the new attributes.
 */
export function VekstWidget({ tag, attributes, fallback, testId }: VekstWidgetProps) {
  const holder = useRef<HTMLDivElement>(null);
  const identity = JSON.stringify(present(attributes));
  useLayoutEffect(() => {
    const target = holder.current;
    if (!target) return;
    const element = document.createElement(tag);
    for (const [name, value] of JSON.parse(identity) as [string, string][]) element.setAttribute(name, value);
    if (testId) element.dataset.testid = testId;
    const link = document.createElement('a');
    link.href = fallback.href;
    link.textContent = fallback.text;
    element.append(link);
    target.replaceChildren(element);
    return () => target.replaceChildren();
  }, [tag, identity, fallback.href, fallback.text, testId]);
  return <div ref={holder} className="vekst-widget-holder" />;
}

/** Said where the widget bundle could not be loaded (not built here, or blocked): no empty boxes. */
export function WidgetsUnavailable() {
  const { t } = useI18n();
  return (
    <Alert data-color="warning" data-testid="widgets-unavailable">
      <Heading level={2} data-size="xs">
        {t('widgets.unavailable.heading')}
      </Heading>
      <Paragraph>{t('widgets.unavailable.text')}</Paragraph>
    </Alert>
  );
}
