// Lighthouse (mobile and desktop) for the built app, served with gzip by scripts/serve-dist.mjs.
// A measurement, not a test: it prints figures and exits 0 unless Lighthouse itself fails.
// `npm run bench` uses runLighthouse() for the landing page and a career page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServeDist } from './serve-dist.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

/**
 * Runs Lighthouse once on `url` with its mobile (default: slow 4G, 4× CPU) or desktop preset and
 * returns the scores (0–100) and FCP/LCP/SI (ms), TBT (ms) and CLS.
 */
export function runLighthouse(url, preset, name) {
  mkdirSync('.lighthouse', { recursive: true });
  const out = `.lighthouse/${name}-${preset}.json`;
  const args = [
    url,
    `--chrome-flags=${FLAGS}`,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--quiet',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  execFileSync('./node_modules/.bin/lighthouse', args, {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
  });
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    name,
    preset,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    speedIndex: value('speed-index'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

export function formatLighthouse(r) {
  return (
    `${r.name.padEnd(8)} ${r.preset.padEnd(7)} performance ${r.performance}  accessibility ${r.accessibility}  best-practices ${r.bestPractices}  seo ${r.seo}  ` +
    `FCP ${(r.fcp / 1000).toFixed(2)} s  LCP ${(r.lcp / 1000).toFixed(2)} s  TBT ${Math.round(r.tbt)} ms  CLS ${r.cls.toFixed(3)}`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const PORT = 4174;
  const BASE = `http://127.0.0.1:${PORT}/`;
  if (!existsSync('dist/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const stopServer = await startServeDist({ dir: 'dist', port: PORT });
  try {
    for (const [name, url] of [
      ['landing', BASE],
      ['career', `${BASE}career-medical-records-technician.html`],
    ]) {
      for (const preset of ['mobile', 'desktop']) {
        console.log(formatLighthouse(runLighthouse(url, preset, name)));
      }
    }
  } finally {
    stopServer();
  }
}
