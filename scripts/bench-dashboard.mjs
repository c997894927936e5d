// `npm run bench:dashboard`: how fast the counselor dashboard is with 1,000 collected results.
// Builds the app (unless --no-build or BENCH_BASE_URL is given), serves dist/, seeds 1,000 real
// result codes (random answers, encoded by src/domain/share-code.ts) into localStorage, opens
// #/counselor/dashboard in Debian Chromium and prints the median of several runs of:
//   - route render: click "Counselor dashboard" on #/counselor → table of 1,000 rows painted;
//   - cold load: navigation start → the same table painted (includes loading the page);
//   - sort: click a column's sort button → next paint (the list shows 100 rows at a time);
//   - show all: click "Show all 1,000" → next paint (informational; printing does the same).
// A measurement, not a test: it exits 0 unless something fails to run. Target: < 200 ms.
//
//   node scripts/bench-dashboard.mjs [--no-build] [--runs 7]
//   import { benchDashboard } from './bench-dashboard.mjs'; await benchDashboard({ baseUrl });
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const STUDENTS = 1000;
const TARGET_MS = 200;
const STORAGE_KEY = 'careerfit:counselor';
// The list shows its first page of rows (PAGE_SIZE in student-list.tsx) until asked for more.
const FIRST_PAGE = 100;

/** 1,000 result codes from seeded random answers, encoded by the app's own module. */
export async function makeCodes(count = STUDENTS, seed = 42) {
  const { createServer } = await import('vite');
  const vite = await createServer({ logLevel: 'silent', server: { middlewareMode: true } });
  try {
    const { encodeShareCode } = await vite.ssrLoadModule('/src/domain/share-code.ts');
    const { EDUCATION_PLANS } = await vite.ssrLoadModule('/src/domain/education.ts');
    const { CONTENT_VERSION, QUESTION_SETS } = await vite.ssrLoadModule(
      '/src/content/question-sets.ts',
    );
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ids = QUESTION_SETS[CONTENT_VERSION];
    const results = [];
    for (let i = 0; i < count; i++) {
      // A lean per student so the group is not all neutral; some answers left blank.
      const lean = 1 + Math.floor(random() * 5);
      const answers = {};
      for (const id of ids) {
        if (random() < 0.05) continue;
        const value = Math.round(lean + (random() - 0.5) * 4);
        answers[id] = Math.min(5, Math.max(1, value));
      }
      const plan =
        random() < 0.2 ? null : EDUCATION_PLANS[Math.floor(random() * EDUCATION_PLANS.length)];
      const group = `Period ${1 + (i % 6)}`;
      const code = encodeShareCode(
        { answers, educationPlan: plan, group },
        QUESTION_SETS,
        CONTENT_VERSION,
      );
      results.push({
        id: `r${i}`,
        code,
        name: `Student ${i + 1}`,
        group,
        source: 'paste',
        addedAt: i,
      });
    }
    return results;
  } finally {
    await vite.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Runs in the page: resolves after the student table holds `rows` rows and a frame was painted.
async function waitForTable(page, rows) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('.counselor-list tbody tr').length === n,
    rows,
    { timeout: 30_000, polling: 'raf' },
  );
}

/** Measures the dashboard at `baseUrl` (the built app); returns medians in milliseconds. */
export async function benchDashboard({ baseUrl, runs = 7, log = console.log } = {}) {
  const results = await makeCodes();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const route = [];
  const cold = [];
  const sort = [];
  const showAll = [];
  try {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [STORAGE_KEY, JSON.stringify({ state: { settings: null, results }, version: 2 })],
    );
    // Warm-up: load every chunk once so runs compare like with like.
    await page.goto(`${baseUrl}?warm#/counselor/dashboard`);
    await waitForTable(page, FIRST_PAGE).catch(async (error) => {
      await page.screenshot({ path: 'bench-dashboard-failure.png' });
      throw error;
    });

    for (let run = 0; run < runs; run++) {
      // Cold: a full page load straight onto the dashboard.
      await page.goto(`${baseUrl}?run=${run}#/counselor/dashboard`);
      await waitForTable(page, FIRST_PAGE);
      cold.push(
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => r(performance.now()))),
        ),
      );

      // Route render: from the counselor home, click through to the dashboard.
      await page.goto(`${baseUrl}?home=${run}#/counselor`);
      await page.getByRole('link', { name: 'Counselor dashboard' }).waitFor();
      route.push(
        await page.evaluate(
          (n) =>
            new Promise((resolve) => {
              const link = [...document.querySelectorAll('a')].find((a) =>
                a.getAttribute('href')?.endsWith('/counselor/dashboard'),
              );
              const start = performance.now();
              const check = () => {
                if (document.querySelectorAll('.counselor-list tbody tr').length === n) {
                  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
                } else requestAnimationFrame(check);
              };
              link.click();
              check();
            }),
          FIRST_PAGE,
        ),
      );

      // Show all 1,000 rows (what printing does), then sort them too.
      showAll.push(
        await page.evaluate(
          (n) =>
            new Promise((resolve) => {
              const button = [...document.querySelectorAll('button')].find((b) =>
                /^Show all/.test(b.textContent ?? ''),
              );
              const start = performance.now();
              button.click();
              requestAnimationFrame(() =>
                setTimeout(() => {
                  const rows = document.querySelectorAll('.counselor-list tbody tr').length;
                  resolve(rows === n ? performance.now() - start : Number.NaN);
                }),
              );
            }),
          STUDENTS,
        ),
      );
      await page.goto(`${baseUrl}?sort=${run}#/counselor/dashboard`);
      await waitForTable(page, FIRST_PAGE);

      // Sort: alternate columns so every click changes the order.
      for (const column of ['recommendation', 'confidence', 'group', 'name']) {
        sort.push(
          await page.evaluate(
            (col) =>
              new Promise((resolve) => {
                const button = document.querySelector(`.counselor-sort[data-column="${col}"]`);
                const start = performance.now();
                button.click();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
              }),
            column,
          ),
        );
      }
    }
  } finally {
    await browser.close();
  }
  const figures = {
    routeRender: median(route),
    coldLoad: median(cold),
    sort: median(sort),
    showAll: median(showAll),
  };
  const verdict = (v) => (v < TARGET_MS ? 'ok' : 'MISSED');
  log(
    `Counselor dashboard, ${STUDENTS} results, median of ${runs} runs (sort: ${sort.length} clicks)`,
  );
  log(
    `  route render (click → table painted): ${figures.routeRender.toFixed(0)} ms  [< ${TARGET_MS} ms: ${verdict(figures.routeRender)}]`,
  );
  log(
    `  sort by a column (click → next paint): ${figures.sort.toFixed(0)} ms  [< ${TARGET_MS} ms: ${verdict(figures.sort)}]`,
  );
  log(`  cold load (navigation → table painted): ${figures.coldLoad.toFixed(0)} ms`);
  log(`  show all ${STUDENTS} rows (click → next paint): ${figures.showAll.toFixed(0)} ms`);
  return figures;
}

async function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
  if (process.env.BENCH_BASE_URL) {
    await benchDashboard({ baseUrl: process.env.BENCH_BASE_URL, runs });
    return;
  }
  if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const { serveDist } = await import('./serve-dist.mjs');
  const port = 4176;
  const server = await serveDist({ dir: process.env.BENCH_DIST ?? 'dist', port });
  try {
    await benchDashboard({ baseUrl: `http://127.0.0.1:${port}/`, runs });
  } finally {
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
