// Fails when the widget bundle a host page loads is above its budget: 15 KB gzip. Host pages pay for
// every byte on every visit, and the budget keeps the bundle free of frameworks by accident.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 15 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/embed/v1/vekst-widgets.js');

if (!existsSync(bundle)) {
  console.error('check:widgets: dist/embed/v1/vekst-widgets.js is missing; run `npm run build` (or `npm run build:widgets`) first.');
  process.exit(1);
}
const gzipBytes = gzipSync(readFileSync(bundle), { level: 9 }).length;
const figure = `${gzipBytes} bytes gzip (${(gzipBytes / 1024).toFixed(1)} KB) of a ${BUDGET}-byte (15 KB) budget`;
if (gzipBytes > BUDGET) {
  console.error(`check:widgets: vekst-widgets.js is too big: ${figure}.`);
  process.exit(1);
}
console.log(`check:widgets: vekst-widgets.js is ${figure}.`);
