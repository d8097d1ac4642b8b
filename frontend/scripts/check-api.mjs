// Fails when src/api/schema.d.ts is not what openapi-typescript makes of ../openapi.yaml today,
// so a contract change without regenerated types (npm run gen:api) cannot slip through.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/api/schema.d.ts');
const tempDir = mkdtempSync(join(tmpdir(), 'vekst-api-'));
const regenerated = join(tempDir, 'schema.d.ts');

try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/openapi-typescript/bin/cli.js'), join(root, '../openapi.yaml'), '-o', regenerated],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (readFileSync(regenerated, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('src/api/schema.d.ts is stale: run `npm run gen:api` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('src/api/schema.d.ts matches ../openapi.yaml');
  }
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
