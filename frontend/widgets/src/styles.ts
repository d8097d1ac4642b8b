// One stylesheet shared by every widget's shadow root. Host pages (and our own app) forbid inline
// styles in their CSP, so it is adopted as a constructable stylesheet; a <style> element is only the
// fallback for engines without adoptedStyleSheets. Colours meet WCAG AA (checked in styles.test.ts).

export const css = `
:host{display:block}
:host([hidden]){display:none}
.w{box-sizing:border-box;max-width:100%;margin:0;padding:1em 1.25em;border:1px solid var(--vekst-line);border-radius:8px;
color:var(--vekst-fg);background:var(--vekst-bg);font:400 16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
text-align:start;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:normal;overflow-wrap:anywhere}
.light{--vekst-fg:#1a1a1a;--vekst-bg:#ffffff;--vekst-muted:#4d4d4d;--vekst-link:#0a58a8;--vekst-line:#c9c9c9}
.dark{--vekst-fg:#f3f4f6;--vekst-bg:#1b1e23;--vekst-muted:#c2c7cf;--vekst-link:#8ec5ff;--vekst-line:#4a5060}
.inherit{font:inherit;color:inherit;background:transparent;padding:0;border:0}
.inherit .muted,.inherit a{color:inherit}
p{margin:.25em 0}
.title{margin:0 0 .25em;font-weight:600}
.fig{margin:0;font-size:2em;font-weight:700;line-height:1.2}
.muted{color:var(--vekst-muted);font-size:.875em}
ul{margin:.25em 0 .5em;padding-inline-start:1.25em}
li{margin:.125em 0}
.tier{margin:.75em 0 0;font-weight:600}
a{color:var(--vekst-link);text-decoration:underline;text-underline-offset:2px}
a:hover{text-decoration-thickness:2px}
a:focus-visible{outline:3px solid currentColor;outline-offset:2px;border-radius:2px}
.more{margin:.5em 0 0}
@media (prefers-reduced-motion:no-preference){.body{animation:vekst-in .25s ease-out}@keyframes vekst-in{from{opacity:0}to{opacity:1}}}
`;

let sheet: CSSStyleSheet | undefined;

export function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
