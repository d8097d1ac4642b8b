import type { WidgetAttributes, WidgetFallback, WidgetTag } from '../../components/VekstWidget';

// The HTML a web editor pastes into another site, apart from React so it can be tested on its own.

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes in the order they are written, leaving out the unset ones. */
export function attributeList(attributes: WidgetAttributes): string {
  const order: (keyof WidgetAttributes)[] = ['key', 'municipality', 'lang', 'theme', 'year', 'limit', 'api-base'];
  return order
    .filter((name) => attributes[name] !== undefined && attributes[name] !== '')
    .map((name) => ` ${name}="${escapeAttribute(attributes[name] as string)}"`)
    .join('');
}

/** The script tag with the stable address, and the element with a link inside for when scripts do not run. */
export function elementSnippet(scriptUrl: string, tag: WidgetTag, attributes: WidgetAttributes, fallback: WidgetFallback): string {
  return [
    `<script src="${escapeAttribute(scriptUrl)}" defer></script>`,
    `<${tag}${attributeList(attributes)}>`,
    `  <a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>`,
    `</${tag}>`,
  ].join('\n');
}

/** The pinned release, with its integrity hash. */
export function pinnedSnippet(pinnedUrl: string, integrity: string): string {
  return `<script src="${escapeAttribute(pinnedUrl)}" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous" defer></script>`;
}

/** The sources a host site's Content-Security-Policy must allow: the script, and its calls to the API. */
export function cspSnippet(origin: string): string {
  return [`script-src ${origin};`, `connect-src ${origin};`].join('\n');
}

export const MUNICIPALITY_CODE = /^\d{4}$/;
