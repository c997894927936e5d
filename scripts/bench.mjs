// `npm run bench`: builds the app, serves dist/ with gzip like a production static host and prints
//   1. Lighthouse mobile and desktop (performance, FCP, LCP, TBT, CLS) for the landing page and a
//      career page;
//   2. the gzip JavaScript the landing page loads (from its HTML, and what the browser really
//      fetched) and what each route adds (from dist/.vite/manifest.json);
//   3. answer-to-next-question time over a full quiz with 4× CPU throttling (median and p95);
//   4. scripts/bench-dashboard.mjs, when it exists;
// then a table of every figure against the targets of issue #8. A measurement: it exits 0 unless
// something fails to run.
//
//   node scripts/bench.mjs [--no-build] [--no-lighthouse]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { formatLighthouse, runLighthouse } from './bench-lighthouse.mjs';
import { startServeDist } from './serve-dist.mjs';

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}/`;
const CAREER_PAGE = 'career-medical-records-technician.html';
const KB = 1000;
const args = new Set(process.argv.slice(2));
// BENCH_DIST=/some/dir measures another build (with --no-build).
const DIST = process.env.BENCH_DIST ?? 'dist';
const rows = [];
const row = (figure, value, target = '', ok = null) =>
  rows.push({ figure, value, target, verdict: ok === null ? '' : ok ? 'ok' : 'MISSED' });

if (!args.has('--no-build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (!existsSync(join(DIST, '.vite/manifest.json')))
  throw new Error(`No ${DIST}/.vite/manifest.json`);

// Its own process: Lighthouse runs synchronously and would block an in-process server.
const stopServer = await startServeDist({ dir: DIST, port: PORT });
try {
  if (!args.has('--no-lighthouse')) lighthouse();
  await javascript();
  await quizLatency();
  dashboard();
} finally {
  stopServer();
}
printTable();

function lighthouse() {
  console.log('\n## Lighthouse (gzip static server)');
  for (const [name, url] of [
    ['landing', BASE],
    ['career', BASE + CAREER_PAGE],
  ]) {
    for (const preset of ['mobile', 'desktop']) {
      const r = runLighthouse(url, preset, name);
      console.log(formatLighthouse(r));
      const label = `${name} ${preset}`;
      const strict = name === 'landing' && preset === 'mobile';
      row(
        `${label}: performance`,
        String(r.performance),
        strict ? '100' : '',
        strict ? r.performance === 100 : null,
      );
      row(
        `${label}: LCP`,
        `${(r.lcp / 1000).toFixed(2)} s`,
        strict ? '≤ 1.0 s' : '',
        strict ? r.lcp <= 1000 : null,
      );
      row(`${label}: FCP`, `${(r.fcp / 1000).toFixed(2)} s`);
      row(`${label}: TBT`, `${Math.round(r.tbt)} ms`);
      row(
        `${label}: CLS`,
        r.cls.toFixed(3),
        name === 'landing' ? '0' : '',
        name === 'landing' ? r.cls === 0 : null,
      );
    }
  }
}

async function javascript() {
  console.log('\n## JavaScript, gzip -9 (KB = 1000 bytes)');
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  const closure = (key, seen = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return [];
    seen.add(key);
    return [chunk.file, ...(chunk.imports ?? []).flatMap((dep) => closure(dep, seen))];
  };
  const sum = (files) => [...new Set(files)].reduce((total, file) => total + gz(file), 0);
  const entry = new Set(closure('index.html'));
  const landingStatic = sum([...entry]);
  console.log(`${fmtKB(landingStatic)}  landing page, from its HTML (entry + modulepreloads)`);

  // What the browser really fetches: the HTML's scripts plus anything loaded lazily after start.
  const browser = await launch();
  for (const [name, path] of [
    ['landing', ''],
    ['career page', CAREER_PAGE],
  ]) {
    const page = await browser.newPage();
    const files = new Set();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js') && pathname.includes('/assets/')) files.add(pathname.slice(1));
    });
    await page.goto(BASE + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const loaded = sum([...files]);
    console.log(`${fmtKB(loaded)}  ${name}, loaded by the browser (${files.size} files)`);
    if (name === 'landing') {
      row(
        'landing JS, from its HTML (gzip)',
        fmtKB(landingStatic).trim(),
        '≤ 125 KB',
        landingStatic <= 125 * KB,
      );
      row(
        'landing JS, really loaded after start (gzip)',
        fmtKB(loaded).trim(),
        '≤ 125 KB',
        loaded <= 125 * KB,
      );
    } else {
      row('career page JS, really loaded (gzip)', fmtKB(loaded).trim());
    }
    await page.close();
  }
  await browser.close();

  console.log('Each route adds (its lazy chunks not already in the landing download):');
  const routes = Object.entries(manifest).filter(
    ([key, chunk]) => chunk.isDynamicEntry && key.startsWith('src/app/routes/'),
  );
  let largestRoute = 0;
  for (const [key] of routes.sort(([a], [b]) => a.localeCompare(b))) {
    const added = sum(closure(key).filter((file) => !entry.has(file)));
    largestRoute = Math.max(largestRoute, added);
    console.log(`${fmtKB(added)}  ${key.replace('src/app/routes/', '').replace('.tsx', '')}`);
  }
  const chunks = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js') && !entry.has(file));
  const largestChunk = Math.max(...chunks.map(gz));
  row('largest route download (gzip)', fmtKB(largestRoute).trim());
  row('largest lazy chunk (gzip)', fmtKB(largestChunk).trim(), '≤ 40 KB', largestChunk <= 40 * KB);
}

/**
 * Keyboard quiz (a number key picks, Enter moves on) at 4× CPU throttling. In the page: from the
 * Enter keydown's timestamp to the first frame painted after the next question's heading is in
 * the DOM (requestAnimationFrame, then a task: the frame has been handed to the compositor).
 * Also the tap path, which waits AUTO_ADVANCE_MS (280 ms) by design before moving on.
 */
async function quizLatency() {
  console.log('\n## Answer to next question, 4× CPU throttling');
  const browser = await launch();
  const results = {};
  for (const mode of ['keyboard', 'tap']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__latencies = [];
      let pending = null;
      const heading = () => document.querySelectorAll('h1.question-text');
      const begin = (event) => {
        pending = { start: event.timeStamp, from: heading()[0]?.id };
      };
      addEventListener('keydown', (e) => e.key === 'Enter' && begin(e), true);
      addEventListener('click', (e) => !pending && e.target.closest?.('label') && begin(e), true);
      new MutationObserver(() => {
        const found = heading();
        if (!pending || found.length !== 1 || found[0].id === pending.from) return;
        const { start } = pending;
        pending = null;
        const inDom = performance.now() - start;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            w.__latencies.push({ inDom, painted: performance.now() - start });
          channel.port2.postMessage(null);
        });
      }).observe(document, { childList: true, subtree: true });
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`${BASE}#/quiz`);
    await page.locator('h1.question-text').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const total = Number(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
    for (let step = 1; step < total; step++) {
      const before = await page.evaluate(() => window.__latencies.length);
      const choice = step === total - 1 ? 2 : (step % 5) + 1;
      if (mode === 'keyboard') {
        await page.keyboard.press(String(choice));
        await page.getByRole('radio', { checked: true }).waitFor();
        await page.keyboard.press('Enter');
      } else {
        await page
          .locator('.likert-option')
          .nth(choice - 1)
          .click();
      }
      await page.waitForFunction((n) => window.__latencies.length > n, before, { timeout: 10_000 });
    }
    const latencies = await page.evaluate(() => window.__latencies);
    results[mode] = latencies;
    await context.close();
  }
  await browser.close();

  for (const [mode, latencies] of Object.entries(results)) {
    const painted = latencies.map((l) => l.painted);
    const inDom = latencies.map((l) => l.inDom);
    console.log(
      `${mode.padEnd(8)} ${latencies.length} steps: painted median ${ms(percentile(painted, 50))}, p95 ${ms(percentile(painted, 95))}; ` +
        `heading in DOM median ${ms(percentile(inDom, 50))}, p95 ${ms(percentile(inDom, 95))}`,
    );
    const p95 = percentile(painted, 95);
    if (mode === 'keyboard') {
      row('answer → next question painted, median (Enter, 4× CPU)', ms(percentile(painted, 50)));
      row('answer → next question painted, p95 (Enter, 4× CPU)', ms(p95), '< 100 ms', p95 < 100);
    } else {
      row('tap → next question painted, median (incl. 280 ms pause)', ms(percentile(painted, 50)));
      row('tap → next question painted, p95 (incl. 280 ms pause)', ms(p95));
    }
  }
}

function dashboard() {
  if (!existsSync('scripts/bench-dashboard.mjs')) {
    console.log('\n(scripts/bench-dashboard.mjs not present: skipped)');
    return;
  }
  console.log('\n## scripts/bench-dashboard.mjs');
  const run = spawnSync('node', ['scripts/bench-dashboard.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_BASE_URL: BASE },
  });
  row('bench-dashboard.mjs', run.status === 0 ? 'ran' : `exit ${run.status}`);
}

function printTable() {
  const widths = ['figure', 'value', 'target'].map((key) =>
    Math.max(key.length, ...rows.map((r) => r[key].length)),
  );
  const line = (r) =>
    `| ${r.figure.padEnd(widths[0])} | ${r.value.padStart(widths[1])} | ${r.target.padEnd(widths[2])} | ${r.verdict.padEnd(6)} |`;
  console.log('\n## Summary');
  console.log(line({ figure: 'figure', value: 'value', target: 'target', verdict: '' }));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|--------|`);
  for (const r of rows) console.log(line(r));
}

function launch() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

function fmtKB(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`.padStart(9);
}
