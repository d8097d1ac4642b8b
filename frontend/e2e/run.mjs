// Browser tests: starts the real product (the backend jar serving frontend/dist on a fresh data
// directory with demo data), drives Debian's Chromium through playwright-core, and ends with a
// line "N passed, M failed". playwright-core has no test runner, so this file is its own.
//
//   npm run e2e                      (builds dist first when it is missing)
//   VEKST_E2E_ONLY=keyboard npm run e2e   (only scenarios whose name contains the word)

import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jar = resolve(frontendDir, '../backend/target/quarkus-app/quarkus-run.jar');
const distDir = join(frontendDir, 'dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN_PASSWORD = 'e2e-admin-password-123';
const READY_DEADLINE_MS = 120_000;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// ---------------------------------------------------------------- the product under test

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function startBackend() {
  if (!existsSync(jar)) throw new Error(`The backend is not built: ${jar} is missing (build it with the backend's mvnw package).`);
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'embed/v1/manifest.json'))) {
    // The package's build (npm puts node_modules/.bin on the PATH): the app and the widget bundle.
    console.log('# dist/ is missing or has no widget bundle: building the app and the widgets');
    execFileSync('npm', ['run', 'build'], { cwd: frontendDir, stdio: 'inherit' });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vekst-e2e-'));
  const [httpPort, dbPort] = [await freePort(), await freePort()];
  const logPath = join(dataDir, 'backend.log');
  const log = createWriteStream(logPath);
  const child = spawn('java', ['-jar', jar], {
    cwd: dataDir,
    env: {
      ...process.env,
      QUARKUS_HTTP_PORT: String(httpPort),
      VEKST_EMBEDDED_DB_PORT: String(dbPort),
      VEKST_DATA_DIR: dataDir,
      VEKST_WEB_DIR: distDir,
      VEKST_ADMIN_PASSWORD: ADMIN_PASSWORD,
      // The attractiveness analysis needs national figures: generated ones, marked synthetic in the app.
      VEKST_SYNTHETIC_DATA: 'true',
      // Every request of the run comes from 127.0.0.1: the per-address rate limits must not throttle the tests.
      VEKST_RATE_LIMIT_API_PER_MINUTE: '100000',
      VEKST_RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const deadline = Date.now() + READY_DEADLINE_MS;
  for (;;) {
    if (exited) throw new Error(`The backend exited during start-up; log:\n${readFileSync(logPath, 'utf8').slice(-3000)}`);
    try {
      const response = await fetch(`${baseUrl}/q/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The backend was not ready within ${READY_DEADLINE_MS / 1000} s; log: ${logPath}`);
    await new Promise((r) => setTimeout(r, 500));
  }

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const gone = await Promise.race([
        new Promise((r) => child.once('exit', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 20_000)),
      ]);
      if (!gone) child.kill('SIGKILL');
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, stop, logPath };
}

// ---------------------------------------------------------------- helpers

class AssertionError extends Error {}

function expect(condition, message) {
  if (!condition) throw new AssertionError(message);
}

function expectEqual(actual, expected, what) {
  expect(
    JSON.stringify(actual) === JSON.stringify(expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );
}

const digits = (text) => (text ?? '').replace(/\D/g, '');

async function signIn(page, baseUrl, username, password) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).last().click();
  await page.getByTestId('signed-in-user').waitFor();
}

/** axe-core in the page, WCAG 2.1 A and AA: throws on any serious or critical violation. */
async function expectNoSeriousAxeViolations(page, where) {
  // A dialog fading in has not its final colours yet: let running animations finish first.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  // Evaluated, not added as a <script>: the app's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core'), 'utf8'));
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
  expect(violations.length === 0, `axe on ${where}:\n    ${violations.join('\n    ')}`);
}

/**
 * Presses Tab until focus comes round again and checks that every visible, enabled control on
 * the page received focus at least once: nothing is reachable by mouse only.
 */
async function expectTabReachesEveryControl(page, where) {
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), summary';
    let count = 0;
    // A group of radio buttons is one Tab stop (arrow keys move within it): reaching any of them counts.
    const radioGroups = new Map();
    for (const element of document.querySelectorAll(selector)) {
      if (element.disabled || element.closest('[inert]')) continue;
      const visible = element.checkVisibility ? element.checkVisibility() : element.offsetParent !== null;
      if (!visible && !element.matches('.ds-skiplink, [class*="skip"]')) continue;
      if (element.matches('input[type="radio"][name]')) {
        if (!radioGroups.has(element.name)) radioGroups.set(element.name, String(count++));
        element.setAttribute('data-e2e-control', radioGroups.get(element.name));
        continue;
      }
      element.setAttribute('data-e2e-control', String(count++));
    }
    // Controls inside open shadow roots (the widgets on /widgets and /figures) are Tab stops too:
    // they are not checked here (document.activeElement is their host), but they take presses.
    let inShadow = 0;
    for (const host of document.querySelectorAll('*')) {
      if (host.shadowRoot) inShadow += host.shadowRoot.querySelectorAll(selector).length;
    }
    document.activeElement?.blur();
    return { count, inShadow };
  });
  const { count: total, inShadow } = controls;
  expect(total > 0, `${where}: no controls found`);
  const reached = new Set();
  for (let press = 0; press < (total + inShadow) * 3 + 10 && reached.size < total; press++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-e2e-control') ?? null);
    if (id !== null) reached.add(id);
  }
  if (reached.size < total) {
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll('[data-e2e-control]')]
          .filter((element) => !seen.includes(element.getAttribute('data-e2e-control')))
          .map(
            (element) =>
              `<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
          ),
      [...reached],
    );
    throw new AssertionError(`${where}: Tab never reached ${missed.join(', ')}`);
  }
}

async function firstTabIsSkipLink(page) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(/hopp til hovedinnhold|skip to main content/i.test(text), `the first Tab stop is "${text}", not the skip link`);
}

/** The cells of a table's body rows (row header first), as the reader sees them. */
async function tableRows(page, testId) {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

/** Waits until a table has a row that satisfies the check (the table refetches after each choice). */
async function waitForRow(page, testId, what, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = (await page.getByTestId(testId).count()) > 0 ? await tableRows(page, testId) : [];
    const row = rows.find(check);
    if (row) return row;
    if (Date.now() > deadline) throw new AssertionError(`${testId}: no row with ${what}; rows: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Imports a Vekst CSV through the API, as an editor's or admin's script would, and waits for it to complete. */
async function importCsv(baseUrl, token, source, csv, path = '/api/v1/population/imports') {
  const headers = { Authorization: `Bearer ${token}` };
  const response = await fetch(`${baseUrl}${path}?source=${encodeURIComponent(source)}`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'text/csv' },
    body: csv,
  });
  expect(
    response.status === 201 || response.status === 202,
    `import of ${source}: HTTP ${response.status} ${await response.clone().text()}`,
  );
  let run = await response.json();
  const deadline = Date.now() + 30_000;
  while (run.status === 'queued' || run.status === 'running') {
    expect(Date.now() < deadline, `import of ${source} did not finish`);
    await new Promise((r) => setTimeout(r, 300));
    run = await (await fetch(`${baseUrl}/api/v1/imports/${run.id}`, { headers })).json();
  }
  expectEqual(run.status, 'completed', `status of the import of ${source}`);
}

/** Until every widget on the page has its answer (figures or the quiet fallback): none is busy loading. */
async function waitForWidgets(page) {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('vekst-population, vekst-growth-target, vekst-kpi, vekst-partners, vekst-job-openings')];
    return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot && !widget.shadowRoot.querySelector('[aria-busy="true"]'));
  });
}

async function waitForDashboard(page) {
  await page.getByTestId('population').waitFor();
  await page.getByTestId('population-table').waitFor();
  await page.locator('canvas[role="img"]').waitFor();
}

// ---------------------------------------------------------------- scenarios

const scenarios = [];
const scenario = (name, run) => scenarios.push({ name, run });

scenario('the dashboard shows Kongsberg’s latest population and growth', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await waitForDashboard(page);
  expectEqual(await page.getByRole('heading', { level: 1 }).innerText(), 'Befolkningsutvikling i Kongsberg', 'heading');
  expectEqual(digits(await page.getByTestId('population').innerText()), '28604', 'population');
  expect((await page.getByTestId('population-date').innerText()).includes('30.09.2023'), 'population date 30.09.2023');
  expect((await page.getByTestId('growth').innerText()).includes('1,42'), 'growth 1,42 %');
  expectEqual(digits(await page.getByTestId('growth-residents').innerText()), '396', 'growth in residents');
  const verdict = await page.getByTestId('target-verdict').innerText();
  expect(/Målet om 1,00\s%\svekst ble nådd/.test(verdict), `the target card says "${verdict}"`);
  expect((await page.getByText('Raumyr').count()) > 0, 'the corrected series is explained');
  await page.screenshot({ path: join(tmpdir(), 'vekst-dashboard.png'), fullPage: true });
});

scenario('the table alternative holds the same numbers as the API', async ({ page, baseUrl }) => {
  const series = await (await fetch(`${baseUrl}/api/v1/public/population/series`)).json();
  await page.goto(baseUrl);
  await waitForDashboard(page);
  const rows = await page
    .getByTestId('population-table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
  expectEqual(rows.length, series.points.length, 'number of rows');
  series.points.forEach((point, index) => {
    const [year, start, end, growth, percent] = rows[index];
    const expected = (value) => (value === null ? '' : digits(String(value)));
    expectEqual(year, point.period, `year in row ${index + 1}`);
    expectEqual(digits(start), expected(point.populationStart), `${point.period} population 1 January`);
    expectEqual(digits(end), expected(point.populationEnd), `${point.period} population at year end`);
    expectEqual(digits(growth), expected(point.growth === null ? null : Math.abs(point.growth)), `${point.period} growth`);
    expectEqual(
      digits(percent),
      point.growthPercent === null ? '' : digits(Math.abs(point.growthPercent).toFixed(2)),
      `${point.period} growth %`,
    );
  });
});

scenario('the CSV download is UTF-8 with BOM and semicolons, with the table’s rows', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await waitForDashboard(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som CSV' }).click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  expectEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte order mark');
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0].startsWith('År;Innbyggere 1. januar;'), `header line "${lines[0]}"`);
  expect(lines.includes('2022;27879;28275;396;1,42;'), `a line for 2022 in ${JSON.stringify(lines)}`);
  expect(download.suggestedFilename().endsWith('.csv'), 'file name ends in .csv');
});

scenario('the language switcher changes the text and the lang attribute', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await waitForDashboard(page);
  expectEqual(await page.evaluate(() => document.documentElement.lang), 'nb', 'lang before');
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Population of Kongsberg' }).waitFor();
  expectEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'lang after');
  expect((await page.getByTestId('target-verdict').innerText()).includes('was met'), 'the verdict is in English');
  expect(digits(await page.getByTestId('population').innerText()) === '28604', 'population in English');
  await expectNoSeriousAxeViolations(page, 'the dashboard in English');
});

const widgetTags = ['vekst-population', 'vekst-growth-target', 'vekst-kpi', 'vekst-partners', 'vekst-job-openings'];

/** "28604" as the widgets write it in Norwegian: groups of three digits with a (no-break) space between. */
const groupedDigits = (value) => new RegExp(`^${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\\s')}$`);

scenario(
  'widgets: the embed page shows every widget live with real figures, and the fallback when the API is down',
  async ({ page, baseUrl }) => {
    const summary = await (await fetch(`${baseUrl}/api/v1/public/population/summary`)).json();
    const kpis = await (await fetch(`${baseUrl}/api/v1/public/kpis`)).json();
    expect(typeof summary.population === 'number', `the summary has a population: ${JSON.stringify(summary)}`);
    expect(kpis.items.length > 0, 'the demo data has public KPIs');
    const manifest = await (await fetch(`${baseUrl}/embed/v1/manifest.json`)).json();
    expectEqual(manifest.stable, '/embed/v1/vekst-widgets.js', 'the manifest’s stable address');

    // Anonymous: no sign-in.
    await page.goto(`${baseUrl}/widgets`);
    await page.getByRole('heading', { level: 1, name: 'Widgeter for nettsider' }).waitFor();
    await page.getByTestId('widgets-bundle').waitFor();
    const live = (tag) => page.getByTestId(`preview-${tag}`).locator(tag);
    // Each widget has read its figures: the source line is there only then (the locators pierce the open shadow roots).
    for (const tag of widgetTags)
      await live(tag)
        .getByText(/^Kilde: /)
        .waitFor();
    const population = live('vekst-population').getByText(groupedDigits(summary.population));
    expectEqual(digits(await population.innerText()), String(summary.population), 'the population widget’s figure');
    await live('vekst-kpi').getByText(kpis.items[0].name.nb).first().waitFor();
    expectEqual(await page.locator('script[data-vekst-widgets]').count(), 1, 'the bundle is loaded once');
    const code = await page.getByTestId('snippet-vekst-population').locator('code').innerText();
    expect(code.startsWith(`<script src="${baseUrl}/embed/v1/vekst-widgets.js" defer></script>`), `the snippet:\n${code}`);
    await expectNoSeriousAxeViolations(page, '/widgets with the live widgets');

    await page.getByLabel('Fargetema').selectOption('dark');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="preview-vekst-population"] vekst-population')?.getAttribute('theme') === 'dark',
    );
    expect(
      (await page.getByTestId('snippet-vekst-population').locator('code').innerText()).includes('theme="dark"'),
      'the snippet follows the theme',
    );
    await live('vekst-population')
      .getByText(/^Kilde: /)
      .waitFor();
    expect(
      await live('vekst-population').evaluate(
        (element) => element.shadowRoot?.querySelector('section')?.classList.contains('dark') ?? false,
      ),
      'the population widget is drawn dark',
    );
    await page.screenshot({ path: join(tmpdir(), 'vekst-widgets.png'), fullPage: true });

    // The widgets link to the public figures page: the same widgets, one per public KPI.
    await live('vekst-population').getByRole('link', { name: 'Se flere tall' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vekst i tall' }).waitFor();
    await page.locator('vekst-population').getByText(groupedDigits(summary.population)).waitFor();
    expectEqual(await page.locator('vekst-kpi').count(), kpis.items.length, 'one vekst-kpi per public KPI on /figures');
    for (const kpi of kpis.items)
      await page
        .locator(`vekst-kpi[key="${kpi.key}"]`)
        .getByText(/^Kilde: /)
        .waitFor();

    // The API down: each widget says so quietly, with the link, and no box is left loading.
    const down = await page.context().newPage();
    try {
      await down.route('**/api/v1/public/**', (route) => route.abort());
      await down.goto(`${baseUrl}/widgets`);
      await down.reload();
      await down.getByRole('heading', { level: 1, name: 'Widgeter for nettsider' }).waitFor();
      for (const tag of widgetTags) {
        const widget = down.getByTestId(`preview-${tag}`).locator(tag);
        await widget.getByText('Tallene er ikke tilgjengelige akkurat nå.').waitFor();
        await widget.getByRole('link', { name: 'Se flere tall' }).waitFor();
        expectEqual(await widget.getByText('Henter tall …').count(), 0, `${tag} is not left loading`);
        const box = await widget.boundingBox();
        expect(box !== null && box.height > 0 && box.width > 0, `${tag} is drawn: ${JSON.stringify(box)}`);
      }
    } finally {
      await down.close();
    }
  },
);

/** Serves one HTML page from another origin (localhost, where the product is 127.0.0.1) with a strict CSP. */
async function hostSite(html, vekstOrigin) {
  const server = createHttpServer((request, response) => {
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      // What the embed page tells a host site to allow, and nothing else: no inline styles or scripts.
      'Content-Security-Policy': `default-src 'none'; script-src ${vekstOrigin}; connect-src ${vekstOrigin}`,
    });
    response.end(html);
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

scenario(
  'widgets on another site: the copied snippet and a pinned release work under a strict CSP, and without scripts the inside shows',
  async ({ page, baseUrl }) => {
    const summary = await (await fetch(`${baseUrl}/api/v1/public/population/summary`)).json();
    const kpi = (await (await fetch(`${baseUrl}/api/v1/public/kpis`)).json()).items[0];
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/widgets`);
    await page.getByTestId('widgets-bundle').waitFor();
    // The copy button puts the snippet on the clipboard and says so.
    await page.getByRole('button', { name: /^Kopier koden for Folketall/ }).click();
    await page.getByTestId('snippet-vekst-population').getByRole('status').getByText('Kopiert').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const pinned = await page.getByTestId('snippet-pinned').locator('code').innerText();
    expect(copied.includes('<vekst-population') && copied.includes('Se folketallet i Vekst i tall'), `the copied snippet:\n${copied}`);

    const site = await hostSite(
      `<!doctype html><html lang="nb"><head><title>Kongsberg kommune</title></head><body>
      <h1>Vekst i Kongsberg</h1>
      ${copied}
      ${pinned}
      <vekst-kpi key="${kpi.key}"><a href="${baseUrl}/figures">Se målene i Vekst i tall</a></vekst-kpi>
      </body></html>`,
      baseUrl,
    );
    try {
      await page.goto(site.url);
      // Both scripts ran (the stable one and the pinned one, whose integrity held), the widgets
      // fetched from Vekst across origins, and nothing was blocked (a CSP report fails the scenario).
      const widget = page.locator('vekst-population');
      await widget.getByText(groupedDigits(summary.population)).waitFor();
      await widget.getByText(/^Kilde: /).waitFor();
      await page
        .locator('vekst-kpi')
        .getByText(/^Kilde: /)
        .waitFor();
      // Drawn with its own styles in spite of the host's CSP (constructable stylesheets).
      const padding = await widget.evaluate((element) => getComputedStyle(element.shadowRoot.querySelector('section')).paddingTop);
      expect(padding !== '0px', `the widget is styled: padding-top ${padding}`);
      await expectNoSeriousAxeViolations(page, 'a host page with two widgets');

      // Where scripts do not run, what the snippet put inside the tags is shown.
      const noScripts = await page.context().browser().newContext({ javaScriptEnabled: false });
      try {
        const plain = await noScripts.newPage();
        await plain.goto(site.url);
        await plain.getByRole('link', { name: 'Se folketallet i Vekst i tall' }).waitFor();
        await plain.getByRole('link', { name: 'Se målene i Vekst i tall' }).waitFor();
      } finally {
        await noScripts.close();
      }
    } finally {
      await site.close();
    }
  },
);

scenario('a wrong password shows an error', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Brukernavn').fill('editor');
  await page.getByLabel('Passord', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Logg inn' }).last().click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect((await alert.innerText()).includes('Feil brukernavn eller passord'), `the alert says "${await alert.innerText()}"`);
  expectEqual(await page.getByTestId('signed-in-user').count(), 0, 'signed-in marker');
});

scenario('sign-in works and the shell shows name, role and only the allowed pages', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'editor', 'demo-editor');
  const user = await page.getByTestId('signed-in-user').innerText();
  expect(user.includes('Redaktør'), `the header shows the role: "${user}"`);
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  expectEqual(
    await nav.getByRole('link').allInnerTexts(),
    [
      'Oversikt',
      'Befolkning',
      'Arbeidsplasser og næringsliv',
      'Bostedsattraktivitet',
      'Mål og KPI-er',
      'Handlingsplan',
      'Arrangementer',
      'Kampanjer',
      'Stillinger',
      'Partnere',
      'Finansiering',
      'Rapporter',
      'Data',
      'Widgeter',
      'Min konto',
    ],
    'menu for an editor',
  );
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByText('Du er logget ut.').waitFor();
});

scenario('an admin creates a viewer who then signs in', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukere' }).click();
  await page.getByTestId('users-table').waitFor();
  await page.getByRole('button', { name: 'Ny bruker' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Brukernavn', { exact: true }).fill('kari.viewer');
  await dialog.getByLabel('Navn', { exact: true }).fill('Kari Viewer');
  await dialog.getByLabel('Passord', { exact: true }).fill('kari-sitt-passord');
  expect(await dialog.getByRole('checkbox', { name: 'Leser' }).isChecked(), 'viewer is the default role');
  await expectNoSeriousAxeViolations(page, 'the new-user dialog');
  await dialog.getByRole('button', { name: 'Ny bruker' }).click();
  await page.getByText('Brukeren kari.viewer er opprettet.').waitFor();
  await page.getByTestId('users-table').getByRole('rowheader', { name: 'kari.viewer' }).waitFor();

  await page.getByRole('button', { name: 'Logg ut' }).click();
  await signIn(page, baseUrl, 'kari.viewer', 'kari-sitt-passord');
  const user = await page.getByTestId('signed-in-user').innerText();
  expect(user.includes('Kari Viewer') && user.includes('Leser'), `the header shows "${user}"`);
  const links = await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allInnerTexts();
  expect(!links.includes('Brukere') && !links.includes('Data'), `a viewer is offered only what a viewer may see: ${links}`);
});

scenario('an admin creates an API client, sees its secret once, gets a token with it and revokes it', async ({ page, baseUrl }) => {
  const name = `E2E-portal ${Date.now()}`;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'API-klienter' }).click();
  await page.getByRole('heading', { level: 1, name: 'API-klienter' }).waitFor();
  await page.getByRole('button', { name: 'Ny API-klient' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Navn', { exact: true }).fill(name);
  await dialog.getByLabel('Kontaktperson', { exact: true }).fill('Ola Nordmann');
  await dialog.getByLabel('Kontaktpersonens e-post', { exact: true }).fill('ola.nordmann@example.no');
  await dialog.getByRole('checkbox', { name: 'Statistikk' }).check();
  await expectNoSeriousAxeViolations(page, 'the new API client dialog');
  await dialog.getByRole('button', { name: 'Ny API-klient' }).click();

  // The id and the secret, this once.
  const clientId = (await dialog.getByTestId('credentials-client-id').innerText()).trim();
  const clientSecret = (await dialog.getByTestId('credentials-client-secret').innerText()).trim();
  expect(/^vk_[a-z0-9]{16}$/.test(clientId), `the client id "${clientId}"`);
  expect(/^vks_[A-Za-z0-9_-]{43}$/.test(clientSecret), 'the secret has the contract’s form');
  const example = await dialog.getByTestId('credentials-example').innerText();
  expect(example.includes(`${clientId}:$VEKST_CLIENT_SECRET`) && !example.includes(clientSecret), `the curl example:\n${example}`);
  await dialog.getByRole('button', { name: 'Kopier klienthemmeligheten' }).click();
  await dialog.getByRole('status').getByText('Kopiert').waitFor();
  expectEqual(await page.evaluate(() => navigator.clipboard.readText()), clientSecret, 'the copied secret');
  await expectNoSeriousAxeViolations(page, 'the API client’s secret');
  await dialog.getByRole('button', { name: 'Ferdig' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expectEqual(await page.getByText(clientSecret).count(), 0, 'places showing the secret after the dialog closed');
  await page.getByTestId('api-clients-table').getByRole('rowheader', { name }).waitFor();

  // The integrator's side, outside the browser: the client-credentials grant with HTTP Basic.
  const tokenResponse = await fetch(`${baseUrl}/api/v1/auth/client-token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  });
  const tokenBody = await tokenResponse.text();
  expectEqual(tokenResponse.status, 200, `the token request (${tokenBody})`);
  const { access_token: accessToken, token_type: tokenType } = JSON.parse(tokenBody);
  expectEqual(tokenType, 'Bearer', 'token_type');
  const read = () => fetch(`${baseUrl}/api/v1/municipalities`, { headers: { Authorization: `Bearer ${accessToken}` } });
  expectEqual((await read()).status, 200, 'a read with the client’s token');

  // Revoked in the page: the token stops working at once.
  await page.getByRole('button', { name: `Trekk tilbake: ${name}` }).click();
  await expectNoSeriousAxeViolations(page, 'the revoke confirmation');
  await page.getByRole('dialog').getByRole('button', { name: 'Trekk tilbake for godt' }).click();
  await page.getByText(`${name} er trukket tilbake.`).waitFor();
  const row = page.getByTestId('api-clients-table').getByRole('row', { name: new RegExp(name) });
  await row.getByText('Trukket tilbake').waitFor();
  expectEqual((await read()).status, 401, 'a read with the revoked client’s token');
});

scenario('an ended session sends the user to sign in with a message', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'viewer', 'demo-viewer');
  await page.goto(`${baseUrl}/account`);
  await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
  // A token the server no longer accepts, as after a revocation: the next call gets 401.
  await page.evaluate(() => {
    const token = sessionStorage.getItem('vekst.accessToken');
    sessionStorage.setItem('vekst.accessToken', `${token.slice(0, -4)}AAAA`);
  });
  await page.reload();
  await page.getByText('Økten din er utløpt eller avsluttet. Logg inn på nytt.').waitFor();
  expect(page.url().endsWith('/sign-in'), `ended on ${page.url()}`);
});

scenario('the expiry warning lets the user continue without losing a half-filled form', async ({ page, baseUrl }) => {
  await page.clock.install();
  await signIn(page, baseUrl, 'editor', 'demo-editor');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min konto' }).click();
  await page.getByLabel('Nåværende passord').fill('half-typed');
  const oldToken = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));

  await page.clock.fastForward('56:00');
  const dialog = page.getByTestId('session-expiry-dialog');
  await dialog.getByRole('heading', { name: 'Økten din utløper snart' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'the session expiry dialog');
  await dialog.getByLabel('Passord').fill('demo-editor');
  await dialog.getByRole('button', { name: 'Fortsett' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const newToken = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  expect(newToken && newToken !== oldToken, 'a new token was issued');
  expectEqual(await page.getByLabel('Nåværende passord').inputValue(), 'half-typed', 'the half-filled field');
});

scenario('settings are saved with If-Match, and a stale save says so', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  await page.goto(`${baseUrl}/settings`);
  const name = page.getByLabel('Programmets navn');
  await name.waitFor();
  await name.fill('Vekst i Kongsberg 2019–2030');
  await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
  await page.getByText('Innstillingene er lagret.').waitFor();

  // Someone else saves meanwhile: this page's ETag is now stale.
  const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  const headers = { Authorization: `Bearer ${token}` };
  const current = await fetch(`${baseUrl}/api/v1/settings`, { headers });
  const body = await current.json();
  const { updatedAt: _ignored, ...input } = body;
  const put = await fetch(`${baseUrl}/api/v1/settings`, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') },
    body: JSON.stringify({ ...input, programmeName: 'Vekst i Kongsberg' }),
  });
  expectEqual(put.status, 200, 'the other save');
  await name.fill('Vekst i Kongsberg (mitt forslag)');
  await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
  await page.getByText('Noen andre har endret innstillingene').waitFor();
  await page.getByRole('button', { name: 'Last inn på nytt' }).click();
  await page.waitForFunction(
    () =>
      document.querySelector('input[value="Vekst i Kongsberg"]') !== null ||
      [...document.querySelectorAll('input')].some((i) => i.value === 'Vekst i Kongsberg'),
  );
});

/** Presses Tab until the focused element satisfies the check (at most `limit` presses); throws if it never does. */
async function tabUntil(page, what, check, limit = 40) {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check)) return;
  }
  throw new AssertionError(`Tab never reached ${what}`);
}

/** The status (code and the words shown) in the KPI overview's row for a KPI. */
async function overviewStatus(page, baseUrl, name) {
  await page.goto(`${baseUrl}/kpis`);
  const row = page
    .getByTestId('kpis-table')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
  await row.waitFor();
  const tag = row.getByTestId('kpi-status').locator('[data-status]');
  return { status: await tag.getAttribute('data-status'), text: (await tag.innerText()).trim() };
}

const pad2 = (value) => String(value).padStart(2, '0');
const isoDate = (date) => `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;

scenario('an editor enters a manual KPI value and the overview’s status for it changes', async ({ page, baseUrl }) => {
  const year = new Date().getFullYear();
  const kpiName = 'Synlighet (rekkevidde)';

  // An admin sets the KPI's targets on the settings page, where the targets live.
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  await page.goto(`${baseUrl}/settings`);
  await page.getByLabel('KPI', { exact: true }).selectOption('visibility-reach');
  const targets = page.getByRole('group', { name: new RegExp(`^Mål per år for ${kpiName.replace(/[()]/g, '\\$&')}`) });
  await targets.waitFor();
  for (const target of [year - 1, year]) await targets.getByLabel(String(target), { exact: true }).fill('500000');
  await page.getByRole('button', { name: 'Lagre målene' }).click();
  await page.getByText(`Målene for ${kpiName} er lagret.`).waitFor();
  await page.getByRole('button', { name: 'Logg ut' }).click();

  await signIn(page, baseUrl, 'editor', 'demo-editor');
  const before = await overviewStatus(page, baseUrl, kpiName);
  expect(before.status !== 'on-track', `the KPI starts not on track (${JSON.stringify(before)})`);
  await expectNoSeriousAxeViolations(page, '/kpis');

  await page.getByRole('link', { name: kpiName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: kpiName }).waitFor();
  await page.getByTestId('kpi-source-note').waitFor();
  await page.waitForLoadState('networkidle');
  // One value a year: the previous year's is changed if it is there already, else entered.
  const existing = page.getByRole('button', { name: `Endre verdien for ${year - 1}` });
  const dialog = page.getByRole('dialog');
  if ((await existing.count()) > 0) {
    await existing.click();
  } else {
    await page.getByRole('button', { name: 'Registrer verdi' }).click();
    await dialog.getByLabel('År', { exact: true }).fill(String(year - 1));
    // The comment is required: the form says so at the field before anything is sent.
    await dialog.getByLabel('Verdi', { exact: true }).fill('1 000 000');
    await dialog.getByRole('button', { name: 'Lagre verdien' }).click();
    await dialog.getByText('må fylles ut').first().waitFor();
  }
  await dialog.getByLabel('Verdi', { exact: true }).fill('1 000 000');
  await dialog.getByLabel('Kommentar').fill('Summert fra kanalrapportene (e2e)');
  await dialog.getByLabel('Lenke til kilden (anbefalt)').fill('https://example.no/rekkevidde');
  await expectNoSeriousAxeViolations(page, 'the KPI value dialog');
  await dialog.getByRole('button', { name: 'Lagre verdien' }).click();
  await page.getByText(`Verdien for ${year - 1} er lagret.`).waitFor();
  const history = page.getByTestId('kpi-history').getByRole('row').filter({ hasText: 'Summert fra kanalrapportene' });
  await history.waitFor();
  expect(digits(await history.innerText()).includes('1000000'), `the history row: "${await history.innerText()}"`);

  const after = await overviewStatus(page, baseUrl, kpiName);
  expectEqual(after.status, 'on-track', `the overview's status after the value (before: ${JSON.stringify(before)})`);
  expect(after.text.endsWith('I rute'), `the status is said in words: "${after.text}"`);
  await page.screenshot({ path: join(tmpdir(), 'vekst-kpis.png'), fullPage: true });
  const row = await page.getByTestId('kpis-table').getByRole('row').filter({ hasText: kpiName }).innerText();
  expect(/Prognose/.test(row) && row.includes(`(${year - 1})`), `the row states the projection and the latest year: "${row}"`);
});

scenario(
  'the action plan: a late activity is marked, its status changed by keyboard only, and it is in the list',
  async ({ page, baseUrl }) => {
    const year = new Date().getFullYear();
    const title = `E2E-aktivitet ${Date.now()}`;
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    await signIn(page, baseUrl, 'editor', 'demo-editor');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Handlingsplan' }).click();
    await page.getByRole('heading', { level: 1, name: `Handlingsplan ${year}` }).waitFor();
    expect(page.url().endsWith(`/action-plan/${year}`), `/action-plan goes to this year: ${page.url()}`);

    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tittel').fill(title);
    await dialog.getByLabel('Akse').selectOption('growth-activity');
    await dialog.getByLabel('Fokusområde').selectOption('tourism');
    await dialog.getByLabel('Frist').fill(isoDate(yesterday));
    await dialog.getByRole('checkbox', { name: 'Gjestedøgn' }).check();
    await expectNoSeriousAxeViolations(page, 'the new-activity dialog');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText(`«${title}» er lagt til.`).waitFor();

    const card = page.getByTestId('activity-card').filter({ hasText: title });
    await card.waitFor();
    expect((await card.innerText()).includes('Forsinket'), `the card is marked late: "${await card.innerText()}"`);
    await page.waitForLoadState('networkidle');
    await expectNoSeriousAxeViolations(page, `/action-plan/${year} (board)`);
    await page.screenshot({ path: join(tmpdir(), 'vekst-action-plan.png'), fullPage: true });

    // Keyboard only: Tab to the card, Enter, Tab to the status, arrow keys, Tab to save, Enter.
    await page.evaluate(() => document.activeElement?.blur());
    await tabUntil(
      page,
      `the card "${title}"`,
      () => document.activeElement?.matches('button.vekst-board__card') && document.activeElement.textContent.includes('E2E-aktivitet'),
      400,
    );
    await page.keyboard.press('Enter');
    dialog = page.getByRole('dialog');
    const status = dialog.getByLabel('Status');
    await status.waitFor();
    await tabUntil(
      page,
      'the status field',
      () => document.activeElement?.tagName === 'SELECT' && document.activeElement.closest('dialog') !== null,
    );
    expectEqual(await status.inputValue(), 'planned', 'the status before');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expectEqual(await status.inputValue(), 'done', 'the status chosen by keyboard');
    await tabUntil(page, 'the save button', () => document.activeElement?.textContent === 'Lagre');
    await page.keyboard.press('Enter');
    await page.getByText(`«${title}» er lagret.`).waitFor();
    const doneColumn = page.getByRole('region', { name: 'Reiseliv' }).locator('[data-status="done"]');
    await doneColumn.getByText(title).waitFor();
    expect(
      !(await doneColumn.getByTestId('activity-card').filter({ hasText: title }).innerText()).includes('Forsinket'),
      'a done activity is not late',
    );

    await page.getByRole('button', { name: 'Liste' }).click();
    const row = page.getByTestId('activity-table').getByRole('row').filter({ hasText: title });
    await row.waitFor();
    const text = await row.innerText();
    expect(text.includes('Ferdig') && text.includes('Gjestedøgn') && text.includes('Reiseliv'), `the list's row: "${text}"`);
    await expectNoSeriousAxeViolations(page, `/action-plan/${year} (list)`);
    await expectTabReachesEveryControl(page, `/action-plan/${year} (list)`);

    // The unfinished ones are copied into next year's plan once; a second copy copies nothing again.
    for (const expected of [
      /^Kopierte [1-9]\d* aktiviteter til \d{4}\.$/,
      /^Kopierte 0 aktiviteter til \d{4}\. [1-9]\d* var kopiert fra før\.$/,
    ]) {
      await page.getByRole('button', { name: `Kopier uferdige til ${year + 1}` }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Kopier', exact: true }).click();
      const result = (await dialog.getByTestId('copy-result').innerText()).trim();
      expect(expected.test(result), `the copy says "${result}"`);
      await dialog.getByRole('button', { name: 'Lukk dialogvindu' }).last().click();
    }
  },
);

scenario('events: an editor registers an event and finds it in the month calendar', async ({ page, baseUrl }) => {
  const name = `E2E-arrangement ${Date.now()}`;
  const today = new Date();
  const day = isoDate(new Date(today.getFullYear(), today.getMonth(), 15));
  await signIn(page, baseUrl, 'editor', 'demo-editor');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arrangementer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arrangementer' }).waitFor();
  await page.getByRole('button', { name: 'Nytt arrangement' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Navn', { exact: true }).fill(name);
  await dialog.getByLabel('Dato', { exact: true }).fill(day);
  await dialog.getByLabel('Sted').fill('Kongsberg kulturhus');
  await dialog.getByLabel('Antall deltakere').fill('120');
  const partner = dialog.getByRole('checkbox').first();
  await partner.waitFor();
  await partner.check();
  await expectNoSeriousAxeViolations(page, 'the new-event dialog');
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText(`«${name}» er registrert.`).waitFor();
  const row = page.getByTestId('events-table').getByRole('row').filter({ hasText: name });
  await row.waitFor();
  expect(
    (await row.innerText()).includes(`15.${pad2(today.getMonth() + 1)}.${today.getFullYear()}`),
    `the list's row: "${await row.innerText()}"`,
  );

  await page.getByRole('button', { name: 'Kalender' }).click();
  const cell = page.getByTestId('calendar-table').locator(`[data-date="${day}"]`);
  await cell.getByRole('button', { name }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, '/events (calendar)');
  await page.screenshot({ path: join(tmpdir(), 'vekst-events-calendar.png'), fullPage: true });
  await expectTabReachesEveryControl(page, '/events (calendar)');
  await page.getByRole('button', { name: 'Neste måned' }).click();
  await cell.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Forrige måned' }).click();
  await page.getByTestId('calendar-table').locator(`[data-date="${day}"]`).getByRole('button', { name }).waitFor();
});

scenario('campaigns: an editor creates a campaign, records a week of results and sees the progress', async ({ page, baseUrl }) => {
  const name = `E2E-kampanje ${Date.now()}`;
  const today = new Date();
  const start = isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 30));
  const end = isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 30));
  // The grid opens on this week (Monday–Sunday) while the campaign runs.
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  const tuesday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 1);
  const norwegian = (date) => `${pad2(date.getDate())}.${pad2(date.getMonth() + 1)}.${date.getFullYear()}`;

  await signIn(page, baseUrl, 'editor', 'demo-editor');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kampanjer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kampanjer' }).waitFor();
  await page.getByTestId('campaigns-table').waitFor();
  await page.getByRole('button', { name: 'Ny kampanje' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Navn', { exact: true }).fill(name);
  await dialog.getByLabel('Startdato', { exact: true }).fill(start);
  await dialog.getByLabel('Sluttdato', { exact: true }).fill(end);
  await dialog.getByRole('textbox', { name: 'Budsjett (kr)', exact: true }).fill('10000');
  await dialog.getByRole('checkbox', { name: 'Nettsted' }).check();
  await dialog.getByRole('checkbox', { name: 'Meta (Facebook/Instagram)' }).check();
  await dialog.getByRole('textbox', { name: 'Økter', exact: true }).fill('1000');
  await dialog.getByRole('button', { name: 'Legg til lenke' }).click();
  await dialog.getByRole('textbox', { name: 'Adresse', exact: true }).fill('https://www.kongsberg.no/e2e');
  await dialog.getByRole('textbox', { name: 'Kilde (utm_source)', exact: true }).fill('web');
  await dialog.getByRole('textbox', { name: 'Medium (utm_medium)', exact: true }).fill('banner');
  await expectNoSeriousAxeViolations(page, 'the new-campaign dialog');
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText(`«${name}» er opprettet.`).waitFor();
  await page.getByRole('link', { name: `Gå til «${name}»` }).click();

  await page.getByRole('heading', { level: 1, name }).waitFor();
  const slug = (await page.getByTestId('campaign-plan').innerText()).match(/e2e-kampanje-[a-z0-9-]+/)?.[0];
  expect(slug, `the slug made from the name: ${await page.getByTestId('campaign-plan').innerText()}`);
  const link = await page.getByTestId('campaign-links').innerText();
  expect(link.includes(`utm_campaign=${slug}`) && link.includes('utm_source=web'), `the built link: ${link}`);
  const sessionsRow = () => page.getByTestId('campaign-progress').getByRole('row').filter({ hasText: 'Økter' });
  expectEqual(digits(await sessionsRow().innerText()), '100000', 'sessions: target 1000, nothing yet, 0 %');

  const grid = page.getByTestId('metric-grid');
  await grid.getByLabel(`Økter, Nettsted, ${norwegian(monday)}`).fill('150');
  await grid.getByLabel(`Kostnad (kr), Nettsted, ${norwegian(monday)}`).fill('500');
  await grid.getByLabel(`Økter, Meta (Facebook/Instagram), ${norwegian(tuesday)}`).fill('100');
  await grid.getByRole('button', { name: 'Lagre uken' }).click();
  const result = await grid.getByTestId('grid-result').innerText();
  expect(/^Lagret: \d+ nye/.test(result), `the grid's result: "${result}"`);

  // The page reads the campaign again: totals, progress and spend follow the week just saved.
  await page.waitForFunction(() => {
    const row = [...document.querySelectorAll('[data-testid="campaign-progress"] tbody tr')].find((tr) => tr.textContent.includes('Økter'));
    return row && row.textContent.replace(/\D/g, '') === '100025025';
  });
  const totals = await page.getByTestId('campaign-totals').innerText();
  expect(/Økter\s+250/.test(totals), `the totals: ${totals}`);
  expect(/Kostnad per lead\s+–/.test(totals), `no leads, so no cost per lead: ${totals}`);
  const budget = await page.getByTestId('campaign-budget').innerText();
  expect(/Forbruk i alt\s+500\skr/.test(budget), `the spend: ${budget}`);
  const used = await page.getByTestId('budget-summary').innerText();
  expect(/^5\s%\sav budsjettet er brukt/.test(used), `budget used: ${used}`);
  await page.getByTestId('results-by-channel').waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, `/campaigns/… (${name})`);
  await page.screenshot({ path: join(tmpdir(), 'vekst-campaign.png'), fullPage: true });

  // The same week read back: what was saved is in the grid.
  await page.reload();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expectEqual(await grid.getByLabel(`Økter, Nettsted, ${norwegian(monday)}`).inputValue(), '150', 'the saved cell read back');

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kampanjer' }).click();
  await waitForRow(page, 'campaigns-table', name, (row) => row[0].includes(name) && /Økter: 250 av 1\s000/.test(row.join(' ')));

  // A Vekst CSV with one more day: checked first (nothing saved), then imported.
  const wednesday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 2);
  const importSection = page.getByTestId('metric-import');
  await importSection.getByLabel('Fil (CSV)').setInputFiles({
    name: 'e2e-kampanje.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`campaign;date;channel;sessions;costNok\n${slug};${isoDate(wednesday)};web;50;100,50\n`),
  });
  await importSection.getByRole('button', { name: 'Sjekk filen' }).click();
  await importSection.getByTestId('metric-import-preview').waitFor();
  await expectNoSeriousAxeViolations(page, 'the metric import preview');
  await importSection.getByRole('button', { name: 'Importer', exact: true }).click();
  await importSection.getByTestId('metric-import-result').waitFor();
  await waitForRow(
    page,
    'campaigns-table',
    `${name} with the import`,
    (row) => row[0].includes(name) && /Økter: 300 av 1\s000/.test(row.join(' ')),
  );

  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Slett kampanjen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett', exact: true }).click();
  await page.getByText(`«${name}» er slettet.`).waitFor();
});

const publicPages = ['/', '/sign-in', '/accessibility', '/widgets', '/figures', '/no-such-page'];
const adminPages = [
  '/population',
  '/jobs',
  '/attractiveness',
  '/kpis',
  '/kpis/visibility-reach',
  '/kpis/net-in-migration',
  `/action-plan/${new Date().getFullYear()}`,
  '/events',
  '/campaigns',
  '/openings',
  `/campaigns/comparison/${new Date().getFullYear()}`,
  '/partners',
  '/financing',
  '/reports?kind=tertial&period=2025-T3',
  '/data',
  '/users',
  '/api-clients',
  '/audit',
  '/settings',
  '/account',
];

/** The address of the first campaign in the list (the demo data has one), for the sweeps. */
async function firstCampaignPath(page, baseUrl) {
  const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  const response = await fetch(`${baseUrl}/api/v1/campaigns?size=1`, { headers: { Authorization: `Bearer ${token}` } });
  expectEqual(response.status, 200, 'listing campaigns');
  const { items } = await response.json();
  expect(items.length > 0, 'the demo data has campaigns');
  return `/campaigns/${items[0].id}`;
}

/** The address of the first partner in the list, for the pages that need an id. */
async function firstPartnerPath(page, baseUrl) {
  const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  const response = await fetch(`${baseUrl}/api/v1/partners?size=1&sort=name`, { headers: { Authorization: `Bearer ${token}` } });
  expectEqual(response.status, 200, 'listing partners');
  const { items } = await response.json();
  expect(items.length > 0, 'the demo data has partners');
  return `/partners/${items[0].id}`;
}

scenario('keyboard-only: Tab reaches every control, starting with the skip link', async ({ page, baseUrl }) => {
  for (const path of publicPages) {
    await page.goto(baseUrl + path);
    if (path === '/') await waitForDashboard(page);
    else await page.getByRole('heading', { level: 1 }).waitFor();
    if (path === '/widgets' || path === '/figures') await waitForWidgets(page);
    await firstTabIsSkipLink(page);
    await expectTabReachesEveryControl(page, path);
  }
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  for (const path of [...adminPages, await firstPartnerPath(page, baseUrl), await firstCampaignPath(page, baseUrl)]) {
    await page.goto(baseUrl + path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectTabReachesEveryControl(page, path);
  }
});

scenario('axe finds no serious or critical WCAG 2.1 A/AA violation on any page', async ({ page, baseUrl }) => {
  for (const path of publicPages) {
    await page.goto(baseUrl + path);
    if (path === '/') await waitForDashboard(page);
    else await page.getByRole('heading', { level: 1 }).waitFor();
    if (path === '/widgets' || path === '/figures') await waitForWidgets(page);
    await expectNoSeriousAxeViolations(page, path);
  }
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  for (const path of ['/', ...adminPages, await firstPartnerPath(page, baseUrl), await firstCampaignPath(page, baseUrl)]) {
    await page.goto(baseUrl + path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousAxeViolations(page, `${path} (signed in as admin)`);
  }
});

// Official flows and stocks for Kongsberg and two peer-group members, 2021–2022, each year adding
// up (start + births − deaths + net migration = end). Kongsberg's 2023 stock is the demo data's
// own; nothing here touches the corrected series the dashboard scenarios read.
const populationFlowsCsv = [
  'municipality;period;variant;births;deaths;inMigration;outMigration;immigration;emigration',
  '3303;2021;official;260;240;1500;1400;300;160',
  '3303;2022;official;270;250;1550;1420;400;177',
  '3301;2021;official;1100;800;4000;3700;900;532',
  '3301;2022;official;1080;850;4100;3800;1500;370',
  '3203;2021;official;950;650;3500;3200;800;350',
  '3203;2022;official;960;700;3600;3300;1100;353',
].join('\n');
const populationStocksCsv = [
  'municipality;date;variant;population',
  '3303;2021-01-01;official;28160',
  '3303;2022-01-01;official;28420',
  '3303;2023-01-01;official;28793',
  '3301;2021-01-01;official;101859',
  '3301;2022-01-01;official;102827',
  '3301;2023-01-01;official;104487',
  '3203;2021-01-01;official;94441',
  '3203;2022-01-01;official;95491',
  '3203;2023-01-01;official;96798',
].join('\n');

// Independent of the data-import scenario: it imports its own figures (official series only).
scenario('the population page follows the chosen series and peer group, and axe finds nothing serious', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
  const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  await importCsv(baseUrl, token, 'e2e-befolkning-bevegelser.csv', populationFlowsCsv);
  await importCsv(baseUrl, token, 'e2e-befolkning-folketall.csv', populationStocksCsv);
  const group = await fetch(`${baseUrl}/api/v1/peer-groups`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ key: 'e2e-sammenligning', name: 'E2E-sammenligning', members: ['3301', '3203'] }),
  });
  expect(group.status === 201 || group.status === 409, `creating the peer group: HTTP ${group.status}`);

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Befolkning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Befolkning' }).waitFor();
  await page.getByTestId('series-table').waitFor();
  await page.getByLabel('Fra år').fill('2021');
  await page.getByLabel('Til og med år').fill('2022');

  // The municipality's corrected series (demo data), then Statistics Norway's (imported above).
  await page.getByRole('radio', { name: /Kommunens korrigerte tall/ }).check();
  await waitForRow(page, 'series-table', 'corrected 2021 starting at 27 694', (row) => row[0] === '2021' && digits(row[1]) === '27694');
  await page.getByRole('radio', { name: /SSBs offisielle tall/ }).check();
  await waitForRow(page, 'series-table', 'official 2021 starting at 28 160', (row) => row[0] === '2021' && digits(row[1]) === '28160');
  const official2022 = await waitForRow(page, 'series-table', 'official 2022', (row) => row[0] === '2022' && digits(row[1]) === '28420');
  expectEqual(digits(official2022[2]), '28793', 'official population at the end of 2022');
  expect((await page.getByRole('heading', { level: 2, name: 'Framskriving til 2030' }).count()) === 1, 'the projection is labelled as one');

  // Kongsberg beside the peer group: its members ranked, Kongsberg marked as the home municipality.
  await page.getByLabel('Sammenlign med').selectOption({ label: 'E2E-sammenligning' });
  const drammen = await waitForRow(page, 'comparison-table', 'Drammen', (row) => row[1].includes('Drammen'));
  expectEqual(digits(drammen[3]), '104487', 'Drammen’s population at the end of the span');
  await waitForRow(page, 'comparison-table', 'Asker', (row) => row[1].includes('Asker'));
  await waitForRow(page, 'comparison-table', 'Kongsberg as home', (row) => row[1].includes('Kongsberg') && row[1].includes('hjemkommune'));

  // The peer group as the subject: its series is the sum of its members.
  await page.getByLabel('Vis tall for').selectOption({ label: 'E2E-sammenligning' });
  await page.getByRole('heading', { level: 2, name: 'Folketall for E2E-sammenligning' }).waitFor();
  await waitForRow(page, 'series-table', 'the group’s 2022 (102 827 + 95 491)', (row) => row[0] === '2022' && digits(row[1]) === '198318');
  // Every table can be downloaded: the fourth table's button appears once its section has loaded.
  await page
    .getByRole('button', { name: /^Last ned som CSV/ })
    .nth(3)
    .waitFor();

  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, '/population with a peer group (signed in as admin)');
  await page.screenshot({ path: join(tmpdir(), 'vekst-population.png'), fullPage: true });
});

// Kongsberg's jobs by workplace in two years, and manufacturing on each side of the change of
// industry classification, imported through the API as an editor's script would.
const employmentCsv = [
  'municipality;year;basis;classification;industry;ownership;persons',
  '3303;2023;workplace;;total;all;17638',
  '3303;2024;workplace;;total;all;17850',
  '3303;2024;workplace;SN2007;C;all;5210',
  '3303;2025;workplace;SN2025;C;all;5300',
].join('\n');

scenario('a viewer opens the jobs page and reads a figure from its table', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'editor', 'demo-editor');
  const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  await importCsv(baseUrl, token, 'e2e-sysselsetting.csv', employmentCsv, '/api/v1/jobs/employment/imports');
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByText('Du er logget ut.').waitFor();

  await signIn(page, baseUrl, 'viewer', 'demo-viewer');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arbeidsplasser og næringsliv' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arbeidsplasser og næringsliv' }).waitFor();
  const row = await waitForRow(page, 'jobs-table', '2024 with 17 850 jobs', (cells) => cells[0] === '2024' && digits(cells[1]) === '17850');
  expect(/^17\s850$/.test(row[1]), `jobs in 2024 formatted the Norwegian way: "${row[1]}"`);
  expect(/^\+212$/.test(row[2]), `growth in 2024: "${row[2]}"`);
  expect(/^\+1,20\s%$/.test(row[3]), `growth in per cent in 2024: "${row[3]}"`);
  await page.getByRole('img', { name: /^Stolpediagram: arbeidsplasser i Kongsberg/ }).waitFor();
  // The change of classification is a series break, said in words and not only drawn.
  const breaks = await page.getByTestId('industry-breaks').innerText();
  expect(breaks.includes('Brudd i serien i 2025: næringsstandarden skifter fra SN2007 til SN2025.'), `the series break: "${breaks}"`);

  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, '/jobs with employment figures (signed in as viewer)');
  await page.screenshot({ path: join(tmpdir(), 'vekst-jobs.png'), fullPage: true });
});

// The backend runs with VEKST_SYNTHETIC_DATA=true (see startBackend): the fit has a generated
// nation to work on, and the page must say that the figures are not Statistics Norway's.
scenario('residential attractiveness: a viewer sees the synthetic-data warning and Kongsberg marked as home', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'viewer', 'demo-viewer');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Bostedsattraktivitet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bostedsattraktivitet' }).waitFor();

  const warning = page.getByTestId('synthetic-warning');
  await warning.waitFor({ timeout: 30_000 });
  const warningText = await warning.innerText();
  expect(warningText.includes('Syntetiske testdata, ikke SSBs tall'), `the synthetic-data warning: "${warningText}"`);

  const home = await waitForRow(
    page,
    'attractiveness-table',
    'Kongsberg marked as the home municipality',
    (cells) => cells[1].startsWith('Kongsberg') && cells[1].includes('(hjemkommune)'),
    30_000,
  );
  expect(/^\d+$/.test(home[0]), `Kongsberg's rank: "${home[0]}"`);
  expect(/^[+−]?\d+,\d{2}$/.test(home[5]), `Kongsberg's residual with a decimal comma: "${home[5]}"`);
  const summary = await page.getByTestId('home-summary').innerText();
  expect(summary.includes('Hjemkommunen: Kongsberg'), `the home municipality's summary: "${summary}"`);
  await page.getByRole('img', { name: /^Punktdiagram: nettoflytting mot jobbvekst/ }).waitFor();

  // Only the home municipality and its peers, each marked in words.
  await page.getByRole('checkbox', { name: 'Vis bare hjemkommune og sammenligningskommuner' }).check();
  const own = await waitForRow(page, 'attractiveness-table', 'Kongsberg among its own', (cells) => cells[1].includes('(hjemkommune)'));
  expect(own.length > 0, 'Kongsberg stays in the narrowed table');
  const marked = (await tableRows(page, 'attractiveness-table')).every(
    (cells) => cells[1].includes('(hjemkommune)') || cells[1].includes('(sammenligning)'),
  );
  expect(marked, 'the narrowed table holds only the home municipality and peers');

  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, '/attractiveness with synthetic data (signed in as viewer)');
  await page.screenshot({ path: join(tmpdir(), 'vekst-attractiveness.png'), fullPage: true });
});

/** A fresh organisation number with a valid mod-11 check digit, unlikely to be in the demo data. */
function randomOrganisationNumber() {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [9, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const remainder = digits.reduce((sum, digit, index) => sum + digit * weights[index], 0) % 11;
    const check = remainder === 0 ? 0 : 11 - remainder;
    if (check !== 10) return [...digits, check].join('');
  }
}

/** The turnover and paid figures the financing page shows for the selected year, in kroner. */
async function financingFigures(page) {
  await page.getByTestId('financing-progress').waitFor();
  const progress = await page.getByTestId('financing-progress').innerText();
  return {
    turnover: Number(digits(progress.split(' av målet')[0])),
    paid: Number(digits(await page.getByTestId('financing-paid').locator('dd').first().innerText())),
  };
}

scenario(
  'an editor registers a partner and an agreement, moves it to paid, and the financing progress moves',
  async ({ page, baseUrl }) => {
    const year = new Date().getFullYear();
    const name = `E2E Testbedrift ${Date.now()} AS (fiktiv)`;
    await signIn(page, baseUrl, 'editor', 'demo-editor');
    const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
    const tiers = await (await fetch(`${baseUrl}/api/v1/partner-tiers`, { headers: { Authorization: `Bearer ${token}` } })).json();
    const tier = tiers.items[0];
    expect(tier, 'the demo data has tiers');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Finansiering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Finansiering' }).waitFor();
    const before = await financingFigures(page);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Partnere' }).click();
    await page.getByTestId('partners-table').waitFor();
    await page.getByLabel('Sektor').selectOption('industry');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
    const csvBytes = readFileSync(await csv.path());
    expectEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the partner CSV’s byte order mark');
    const csvLines = csvBytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(csvLines.length > 1 && csvLines[0].includes(';'), `the partner CSV has a header and rows: ${csvLines.slice(0, 2)}`);
    expect(
      csvLines.slice(1).every((line) => line.includes(';industry;')),
      `the CSV holds only the filtered sector: ${csvLines.slice(1, 4)}`,
    );
    await page.getByLabel('Sektor').selectOption('');
    await page.getByRole('button', { name: 'Ny partner' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Organisasjonsnummer').fill('123456789');
    await dialog.getByLabel('Navn', { exact: true }).fill(name);
    await dialog.getByLabel('Sektor').selectOption('industry');
    await dialog.getByRole('button', { name: 'Ny partner' }).click();
    await dialog.getByText('har feil kontrollsiffer', { exact: false }).first().waitFor();
    await dialog.getByLabel('Organisasjonsnummer').fill(randomOrganisationNumber());
    await dialog.getByLabel('Status', { exact: true }).selectOption('active');
    await expectNoSeriousAxeViolations(page, 'the new-partner dialog');
    await dialog.getByRole('button', { name: 'Ny partner' }).click();
    await page.getByRole('link', { name: `Gå til ${name}` }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.getByRole('button', { name: 'Ny avtale' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Partnernivå').selectOption(tier.key);
    await dialog.getByLabel('Kontant (kr)').fill(String(tier.minNok));
    await dialog.getByLabel('Naturalytelser (kr)').fill('0');
    await dialog.getByRole('button', { name: 'Lagre avtalen' }).click();
    await page.getByText(`Avtalen for ${year} er lagret.`).waitFor();

    const card = page.getByTestId(`agreement-${year}`);
    const steps = [
      ['Marker som sendt', 'Sendt'],
      ['Marker som signert', 'Signert'],
      ['Marker som fakturert', 'Fakturert'],
      ['Marker som betalt', 'Betalt'],
    ];
    for (const [action, status] of steps) {
      await card.getByRole('button', { name: action }).click();
      dialog = page.getByRole('dialog');
      if (status === 'Fakturert') await dialog.getByLabel('Fakturareferanse').fill('E2E-1');
      await dialog.getByRole('button', { name: action }).click();
      await page.getByText(`Avtalen for ${year} er nå ${status}.`).waitFor();
      await card.getByTestId('agreement-status').filter({ hasText: status }).waitFor();
    }
    expect((await card.getByRole('button', { name: /^Marker som/ }).count()) === 0, 'a paid agreement has no next step');
    await expectNoSeriousAxeViolations(page, 'a partner with a paid agreement');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Finansiering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Finansiering' }).waitFor();
    const deadline = Date.now() + 10_000;
    let after = await financingFigures(page);
    while (after.turnover === before.turnover && Date.now() < deadline) {
      await page.waitForTimeout(300);
      after = await financingFigures(page);
    }
    expectEqual(after.turnover - before.turnover, tier.minNok, 'the turnover grew by the agreement');
    expectEqual(after.paid - before.paid, tier.minNok, 'paid grew by the agreement’s cash');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(tmpdir(), 'vekst-financing.png'), fullPage: true });
  },
);

scenario('the demo partner user sees its own organisation and agreements in the portal, and no staff pages', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'partner', 'demo-partner');
  const links = await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allInnerTexts();
  expect(links.includes('Min bedrift'), `the portal is in the menu: ${links}`);
  for (const staff of ['Partnere', 'Finansiering', 'Data', 'Brukere'])
    expect(!links.includes(staff), `no "${staff}" for a partner: ${links}`);

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min bedrift' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await heading.filter({ hasText: 'Min bedrift:' }).waitFor();
  const title = await heading.innerText();
  await page.getByTestId('partner-profile').waitFor();
  await page.getByTestId('agreements').waitFor();
  expect((await page.getByTestId('agreements').locator('li').count()) > 0, 'the demo partner has agreements');
  expect((await page.getByRole('button', { name: /^Marker som|^Kanseller$|^Ny avtale$/ }).count()) === 0, 'agreements are read-only');
  expect((await page.getByText('Interne notater').count()) === 0, 'no staff notes');
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: /^Last ned PDF/ })
      .first()
      .click(),
  ]);
  expectEqual(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString('latin1'),
    '%PDF-',
    'the agreement PDF',
  );
  expect(pdf.suggestedFilename().endsWith('.pdf'), `the PDF's name: ${pdf.suggestedFilename()}`);
  await page.getByRole('heading', { level: 2, name: 'Kontaktpersoner' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Kampanjer vi medfinansierer' }).waitFor();
  const cofunded = await (
    await fetch(`${baseUrl}/api/v1/campaigns`, {
      headers: { Authorization: `Bearer ${await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'))}` },
    })
  ).json();
  for (const item of cofunded.items) await page.getByTestId(`partner-campaign-${item.slug}`).waitFor();
  expect((await page.getByRole('button', { name: /^Endre$|^Slett kampanjen$|^Lagre uken$/ }).count()) === 0, 'campaigns are read-only');
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, `/portal (${title})`);
  await expectTabReachesEveryControl(page, '/portal');
  await page.screenshot({ path: join(tmpdir(), 'vekst-portal.png'), fullPage: true });

  for (const path of ['/partners', '/financing']) {
    await page.goto(baseUrl + path);
    await page.getByRole('heading', { level: 1, name: 'Du har ikke tilgang til dette.' }).waitFor();
  }
  const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  const list = await (await fetch(`${baseUrl}/api/v1/partners`, { headers: { Authorization: `Bearer ${token}` } })).json();
  expectEqual(list.items.length, 1, 'a partner user lists only its own organisation');
});

scenario('job openings: the demo partner user posts an opening in the portal and it is on the public list', async ({ page, baseUrl }) => {
  const title = `E2E-stilling ${Date.now()}`;
  const inTwoWeeks = new Date();
  inTwoWeeks.setDate(inTwoWeeks.getDate() + 14);
  const deadline = isoDate(inTwoWeeks);

  await signIn(page, baseUrl, 'partner', 'demo-partner');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min bedrift' }).click();
  const section = page.getByTestId('own-openings');
  await section.getByRole('heading', { level: 2, name: 'Våre stillinger' }).waitFor();
  await section.getByRole('button', { name: 'Ny stilling' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Arbeidsgiver er din egen bedrift.').waitFor();
  // Saving empty explains what is missing before anything is sent.
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await dialog.getByText('Skriv stillingstittelen.').waitFor();
  await dialog.getByText('Velg en søknadsfrist.').waitFor();
  await dialog.getByLabel('Stillingstittel').fill(title);
  // The region's municipalities as a list, or the code when the app has no region to offer.
  const municipality = dialog.getByRole('combobox', { name: 'Kommune (arbeidssted)' });
  if ((await municipality.count()) > 0) await municipality.selectOption('3303');
  else await dialog.getByLabel('Kommunenummer (arbeidssted)').fill('3303');
  await dialog.getByLabel('Søknadsfrist').fill(deadline);
  await dialog.getByLabel('Kategori', { exact: true }).fill('Industri og produksjon');
  await dialog.getByLabel('Lenke til søknaden').fill('https://example.org/jobb/e2e');
  await dialog.getByLabel('Beskrivelse', { exact: true }).fill('<p>Vi søker en <strong>operatør</strong>.</p>');
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption('published');
  await expectNoSeriousAxeViolations(page, 'the new-opening dialog in the portal');
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText(`«${title}» er lagt inn.`).waitFor();
  const row = page.getByTestId('own-openings-table').getByRole('row').filter({ hasText: title });
  await row.waitFor();
  const [year, month, day] = deadline.split('-');
  expect((await row.innerText()).includes(`${day}.${month}.${year}`), `the portal's row: "${await row.innerText()}"`);
  expect((await row.innerText()).includes('Publisert'), `the portal's row is published: "${await row.innerText()}"`);
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, '/portal with its own openings');
  await page.getByRole('button', { name: 'Logg ut' }).click();

  // Anonymous: the open list for kongsberg.no has it (public answers may be cached for a moment).
  let titles = [];
  for (let attempt = 0; attempt < 20 && !titles.includes(title); attempt += 1) {
    if (attempt > 0) await new Promise((done) => setTimeout(done, 500));
    const response = await fetch(`${baseUrl}/api/v1/public/jobs/openings?municipality=3303&size=100`);
    expectEqual(response.status, 200, 'the public list of openings');
    titles = (await response.json()).items.map((item) => item.title);
  }
  expect(titles.includes(title), `the public list has "${title}": ${JSON.stringify(titles.slice(0, 10))}`);

  // Staff see it on the openings page, marked as posted by the partner.
  await signIn(page, baseUrl, 'editor', 'demo-editor');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Stillinger' }).click();
  await page.getByRole('heading', { level: 1, name: 'Stillinger' }).waitFor();
  await page.getByLabel('Søk i tittel, arbeidsgiver eller organisasjonsnummer').fill(title);
  const staffRow = page.getByTestId('openings-table').getByRole('row').filter({ hasText: title });
  await staffRow.waitFor();
  expect((await staffRow.innerText()).includes('Lagt inn av partner'), `the staff row: "${await staffRow.innerText()}"`);
  await staffRow.getByRole('button', { name: title }).click();
  await page.getByRole('dialog').getByTestId('opening-details').locator('strong', { hasText: 'operatør' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'an opening’s details');
  await page.getByRole('dialog').getByRole('button', { name: 'Lukk dialogvindu' }).click();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page, '/openings (signed in as editor)');
  await page.screenshot({ path: join(tmpdir(), 'vekst-openings.png'), fullPage: true });
});

scenario(
  'an admin invites a partner user, who must change the temporary password first; contacts are exported and erased',
  async ({ page, baseUrl }) => {
    await signIn(page, baseUrl, 'admin', ADMIN_PASSWORD);
    const partnerPath = await firstPartnerPath(page, baseUrl);
    await page.goto(baseUrl + partnerPath);
    const partnerName = await page.getByRole('heading', { level: 1 }).innerText();

    // A contact: added, exported as JSON, then erased after a confirmation.
    await page.getByRole('button', { name: 'Ny kontaktperson' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Navn', { exact: true }).fill('Eli E2E Kontakt');
    await dialog.getByLabel('E-post').fill('eli.e2e@example.no');
    await expectNoSeriousAxeViolations(page, 'the contact dialog');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Kontaktpersonen Eli E2E Kontakt er lagret.').waitFor();
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksporter Eli E2E Kontakt' }).click(),
    ]);
    const record = JSON.parse(readFileSync(await exported.path(), 'utf8'));
    expectEqual(record.contact.email, 'eli.e2e@example.no', 'the exported contact');
    await page.getByRole('button', { name: 'Slett personopplysninger Eli E2E Kontakt' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('Det kan ikke angres.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Slett for godt' }).click();
    await page.getByText('Personopplysningene er slettet.').waitFor();
    // The list is refetched after the message appears: wait for it rather than race it.
    await page
      .getByText('Eli E2E Kontakt')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {});
    expect((await page.getByText('Eli E2E Kontakt').count()) === 0, 'the erased name is gone from the page');

    // The invitation shows the temporary password once.
    const username = `e2e.partner.${Date.now()}`;
    await page.getByRole('button', { name: 'Inviter bruker' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Brukernavn').fill(username);
    await dialog.getByLabel('Navn', { exact: true }).fill('Eli E2E Partner');
    await dialog.getByRole('button', { name: 'Inviter' }).click();
    const temporary = (await dialog.getByTestId('temporary-password').innerText()).trim();
    expect(temporary.length >= 10, 'a temporary password is shown');
    await expectNoSeriousAxeViolations(page, 'the invitation with its temporary password');
    await dialog.getByRole('button', { name: 'Lukk dialogvindu' }).last().click();
    await page.getByRole('button', { name: 'Logg ut' }).click();

    // The invited user is kept on the account page until the password is changed.
    await signIn(page, baseUrl, username, temporary);
    await page.getByTestId('password-change-required').waitFor();
    expect(page.url().endsWith('/account'), `a temporary password lands on /account, not ${page.url()}`);
    expectEqual(await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allInnerTexts(), ['Min konto'], 'the menu');
    await page.goto(`${baseUrl}/portal`);
    await page.getByTestId('password-change-required').waitFor();
    await expectNoSeriousAxeViolations(page, '/account with a temporary password');
    await page.getByLabel('Midlertidig passord').fill(temporary);
    await page.getByLabel('Nytt passord', { exact: true }).fill('eli-sitt-eget-passord');
    await page.getByLabel('Gjenta nytt passord').fill('eli-sitt-eget-passord');
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min bedrift' }).click();
    await page.getByRole('heading', { level: 1, name: `Min bedrift: ${partnerName}` }).waitFor();
    await page.getByTestId('agreements').waitFor();
  },
);

// Last: it changes the dashboard's figures, which the scenarios above assert.
scenario(
  'an editor uploads a CSV, previews it, imports it, the dashboard shows the new figure, and a flagged value is accepted',
  async ({ page, baseUrl }) => {
    const dir = mkdtempSync(join(tmpdir(), 'vekst-e2e-upload-'));
    const file = join(dir, 'befolkning-2024.csv');
    writeFileSync(file, 'municipality;date;variant;population\n3303;2024-01-01;corrected;28512\n');
    try {
      await signIn(page, baseUrl, 'editor', 'demo-editor');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Data' }).click();
      await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
      await page.getByLabel('Fil (Vekst-CSV eller JSON-stat2)').setInputFiles(file);
      await page.getByRole('button', { name: 'Sjekk filen' }).click();

      const counts = async (testId) =>
        page
          .getByTestId(testId)
          .getByTestId('import-counts')
          .evaluate((list) =>
            Object.fromEntries(
              [...list.querySelectorAll('div')].map((d) => [
                d.querySelector('dt').textContent,
                d.querySelector('dd').textContent.replace(/\D/g, ''),
              ]),
            ),
          );
      await page.getByTestId('import-preview').waitFor();
      expectEqual((await counts('import-preview')).Nye, '1', 'values the preview would insert');
      expect((await page.getByTestId('upload-status').innerText()).includes('Forhåndsvisning klar'), 'the preview is announced');
      await expectNoSeriousAxeViolations(page, '/data with a preview');

      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByTestId('import-result').waitFor();
      expectEqual((await counts('import-result')).Nye, '1', 'values inserted');
      const latest = page.getByTestId('import-runs').getByRole('row').filter({ hasText: 'Din siste' });
      await latest.waitFor();
      const latestText = await latest.innerText();
      expect(latestText.includes('befolkning-2024.csv') && latestText.includes('Fullført'), `the history's row: "${latestText}"`);
      expect(!latestText.includes('Prøvekjøring'), 'the committed run is not marked as a dry run');
      await page.waitForLoadState('networkidle');
      await expectNoSeriousAxeViolations(page, '/data after an import');
      await expectTabReachesEveryControl(page, '/data after an import');

      // The public dashboard, as a new visitor sees it (the public API may be cached for a minute).
      const visitor = await page.context().browser().newContext({ locale: 'nb-NO', reducedMotion: 'reduce' });
      try {
        const publicPage = await visitor.newPage();
        await publicPage.goto(baseUrl);
        await waitForDashboard(publicPage);
        expectEqual(digits(await publicPage.getByTestId('population').innerText()), '28512', 'population after the import');
        const date = await publicPage.getByTestId('population-date').innerText();
        expect(date.includes('01.01.2024'), `population date "${date}"`);
      } finally {
        await visitor.close();
      }

      // A doubtful figure (+23 % in a year with no flows to explain it) is imported, flagged, and accepted.
      const doubtful = join(dir, 'befolkning-2025.csv');
      writeFileSync(doubtful, 'municipality;date;variant;population\n3303;2025-01-01;corrected;35000\n');
      await page.getByRole('button', { name: 'Last opp en annen fil' }).click();
      await page.getByLabel('Fil (Vekst-CSV eller JSON-stat2)').setInputFiles(doubtful);
      await page.getByRole('button', { name: 'Sjekk filen' }).click();
      await page.getByTestId('import-warnings').getByText('Usannsynlig endring', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByTestId('import-result').waitFor();
      const flagRow = page.getByTestId('flags-table').getByRole('row').filter({ hasText: '01.01.2025' });
      await flagRow.waitFor();
      expect((await flagRow.innerText()).includes('Usannsynlig endring'), `the flag's row: "${await flagRow.innerText()}"`);
      await flagRow.getByRole('button', { name: /^Godta/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Kommentar').waitFor();
      await expectNoSeriousAxeViolations(page, 'the accept-flag dialog');
      await dialog.getByRole('button', { name: 'Godta' }).click();
      await dialog.getByText('Skriv en kommentar.').waitFor();
      await dialog.getByLabel('Kommentar').fill('Kontrollert mot folkeregisteret');
      await dialog.getByRole('button', { name: 'Godta' }).click();
      await page.getByText('Verdien er godtatt.').waitFor();
      await flagRow.waitFor({ state: 'detached' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
scenario('an editor writes the commentary, publishes the tertial report and downloads its PDF', async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, 'editor', 'demo-editor');
  await page.goto(`${baseUrl}/reports?kind=tertial&period=2025-T2`);
  await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
  const text = 'Befolkningsveksten må opp – særlig blant unge voksne.';
  await page.getByLabel('Kommentar til Mål og KPI-er').fill(text);
  await page.getByRole('button', { name: 'Lagre kommentarene' }).click();
  await page.getByText('Kommentarene er lagret').first().waitFor();

  await page.getByRole('button', { name: 'Publiser …' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Publiser', exact: true }).click();
  await page.getByText('Versjon 1 er publisert.').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned versjon 1 som PDF' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expectEqual(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF');
  expect(bytes.toString('latin1').includes('pdfaid:part'), 'the PDF declares PDF/A');
  expect(download.suggestedFilename() === 'vekst-tertialrapport-2025-T2-v1.pdf', `file name ${download.suggestedFilename()}`);

  // The published version holds the commentary as written.
  const token = await page.evaluate(() => sessionStorage.getItem('vekst.accessToken'));
  const response = await fetch(`${baseUrl}/api/v1/reports/tertial/2025-T2/versions/1`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expectEqual(response.status, 200, 'reading version 1');
  expectEqual((await response.json()).commentary.kpis, text, 'the published commentary');
  await page
    .getByRole('table', { name: /Publiserte versjoner av/ })
    .getByRole('cell', { name: 'Eva Editor (demo)' })
    .waitFor();
  await expectNoSeriousAxeViolations(page, 'the reports page after publishing');
});

// ---------------------------------------------------------------- runner

async function main() {
  const only = process.env.VEKST_E2E_ONLY?.toLowerCase();
  const selected = only ? scenarios.filter((s) => s.name.toLowerCase().includes(only)) : scenarios;
  let passed = 0;
  let failed = 0;
  let backend;
  let browser;
  try {
    backend = await startBackend();
    console.log(`# backend ready at ${backend.baseUrl}`);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    for (const [index, { name, run }] of selected.entries()) {
      // Reduced motion: the chart draws at once, so screenshots show it finished.
      const context = await browser.newContext({
        locale: 'nb-NO',
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // The backend serves the app with the same Content-Security-Policy as nginx: anything it blocks is a failure.
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) pageErrors.push(message.text());
      });
      const started = Date.now();
      try {
        await run({ page, baseUrl: backend.baseUrl });
        expect(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.join('; ')}`);
        passed++;
        console.log(`ok ${index + 1} - ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        const shot = join(tmpdir(), `vekst-e2e-failure-${index + 1}.png`);
        await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
        console.log(
          `not ok ${index + 1} - ${name}\n  ${String(error?.message ?? error)
            .split('\n')
            .join('\n  ')}\n  screenshot: ${shot}`,
        );
      } finally {
        await context.close();
      }
    }
  } catch (error) {
    failed += Math.max(1, selected.length - passed - failed);
    console.log(`not ok - could not run the browser tests: ${error?.message ?? error}`);
  } finally {
    await browser?.close().catch(() => {});
    await backend?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
