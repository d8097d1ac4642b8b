// Runs after `vite build -c vite.widgets.config.ts`. Makes the widget bundle ASCII-only (it is read
// right whatever charset a host page or server declares), writes an immutable copy named by its
// content hash, and dist/embed/v1/manifest.json with the Subresource Integrity hash that the app's
// embed page shows to integrators.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/embed/v1');
const stableName = 'vekst-widgets.js';
const stablePath = join(outDir, stableName);

// Unicode escapes (\u00f8 for ø) mean the same in the string, template and regex literals the minifier leaves.
const code = readFileSync(stablePath, 'utf8').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(stablePath, code);
const bytes = Buffer.from(code, 'utf8');

// The element names, from the one place that defines them.
const index = readFileSync(join(root, 'widgets/src/index.ts'), 'utf8');
const elements = [...index.matchAll(/'(vekst-[a-z-]+)':/g)].map((m) => m[1]);
const missing = elements.filter((name) => !code.includes(name));
if (!elements.length || missing.length) {
  console.error(`build-widgets: element names not found in the bundle: ${missing.join(', ') || '(none defined)'}`);
  process.exit(1);
}

const hash10 = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
const pinnedName = `vekst-widgets.${hash10}.js`;
const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// Only the current pinned copy: older ones left by earlier builds would be served without a manifest naming them.
for (const file of readdirSync(outDir)) {
  if (/^vekst-widgets\.[0-9a-f]{10}\.js$/.test(file) && file !== pinnedName) rmSync(join(outDir, file));
}
writeFileSync(join(outDir, pinnedName), bytes);

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = {
  version,
  stable: `/embed/v1/${stableName}`,
  pinned: `/embed/v1/${pinnedName}`,
  integrity,
  bytes: bytes.length,
  gzipBytes: gzipSync(bytes, { level: 9 }).length,
  elements,
};
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`build-widgets: ${manifest.pinned}, ${manifest.bytes} bytes, ${manifest.gzipBytes} bytes gzip, ${integrity}`);
