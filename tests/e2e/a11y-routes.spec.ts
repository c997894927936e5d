import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { encodeShareCode } from '../../src/domain/share-code';
import type { Answers, LikertValue } from '../../src/domain/types';
import { addStorageInitScript, describeInScheme, mediaMatches } from './engine';

// WCAG 2.2 AA, every route, both languages, both colour schemes: zero violations of any impact.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const answers: Answers = Object.fromEntries(
  QUESTION_IDS.map((id, i) => [id, (((i * 7) % 5) + 1) as LikertValue]),
);
const finishedQuiz = JSON.stringify({
  state: { answers, position: QUESTION_IDS.length + 1, educationPlan: 'associate' },
  version: 2,
});
const code = encodeShareCode(
  { answers, educationPlan: 'certificate', group: 'Period 3' },
  QUESTION_SETS,
  CONTENT_VERSION,
);

const ROUTES: { path: string; finished?: boolean }[] = [
  { path: '#/' },
  { path: '#/quiz' },
  { path: '#/results', finished: true },
  { path: '#/careers' },
  { path: '#/careers/compare' },
  { path: '#/careers/medical-records-technician' },
  { path: '#/careers/cancer-registrar' },
  { path: `#/r/${code}` },
  { path: '#/r/not-a-real-code' },
  { path: '#/embed' },
  { path: '#/counselor' },
  { path: '#/counselor/session' },
  { path: '#/counselor/dashboard' },
  { path: '#/counselor/guide' },
  { path: '#/accessibility' },
  { path: '#/no-such-page' },
  { path: '?embed=1#/quiz' },
];

async function open(page: Page, path: string, lang: 'en' | 'es', finished = false) {
  await addStorageInitScript(
    page,
    ([lang, quiz]) => {
      localStorage.setItem('careerfit:lang', lang);
      if (quiz) localStorage.setItem('careerfit:quiz', quiz);
    },
    [lang, finished ? finishedQuiz : ''] as const,
  );
  await page.goto(`./${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Let entrance animations settle so contrast is measured on the final colours.
  await page.waitForTimeout(400);
}

async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode opens a blank page to merge the
  // frames' results, which cost about a second per scan (a quarter of this suite's CI time);
  // our only frames are same-origin, which legacy mode still scans.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} [${v.impact}]: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

// WCAG 1.4.10: 320 CSS px wide (1280 px at 400% zoom), 256 px high.
async function sidewaysOverflowAt320(page: Page): Promise<number> {
  await page.setViewportSize({ width: 320, height: 256 });
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'es'] as const) {
    describeInScheme(scheme, `${lang}, ${scheme}`, () => {
      for (const route of ROUTES) {
        const title =
          scheme === 'light'
            ? `axe finds nothing on ${route.path}, which reflows at 320 px`
            : `axe finds nothing on ${route.path}`;
        test(title, async ({ page }) => {
          await open(page, route.path, lang, route.finished);
          expect(await mediaMatches(page, '(prefers-color-scheme: dark)')).toBe(scheme === 'dark');
          expect(await axeViolations(page)).toEqual([]);
          // Reflow does not depend on the colour scheme: checked once, on the page already open.
          if (scheme === 'light') expect(await sidewaysOverflowAt320(page)).toBeLessThanOrEqual(0);
        });
      }
    });
  }
}

test.describe('keyboard only', () => {
  for (const route of ROUTES.filter((r) => !r.path.startsWith('?'))) {
    test(`Tab reaches every control on ${route.path} with visible focus and no trap`, async ({
      page,
      browserName,
    }) => {
      await open(page, route.path, 'en', route.finished);
      const seen: string[] = [];
      let wrapped = false;
      let leftPage = false;
      for (let i = 0; i < 200 && !wrapped; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const ring = (node: Element) => {
            const style = getComputedStyle(node);
            return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          };
          // An input drawn by its label (quiz answers, the file button) shows focus on the label.
          const drawnByLabel = getComputedStyle(el).opacity === '0';
          const holder = drawnByLabel
            ? (el.closest('label') ?? (el as HTMLInputElement).labels?.[0] ?? null)
            : el;
          const visible = holder !== null && ring(holder);
          const label = `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
          return { label, visible };
        });
        if (!focused) {
          leftPage ||= seen.length > 0;
          continue;
        }
        wrapped = seen.length > 1 && focused.label === seen[0];
        if (wrapped) break;
        // Firefox over WebDriver BiDi leaves :focus-visible off once Tab has brought focus back
        // from the browser's own UI, so there rings are checked up to the end of the page only
        // (what comes before a route's first focus, the header, is checked on the other routes).
        if (!(leftPage && browserName === 'firefox'))
          expect(focused.visible, `focus ring on ${focused.label}`).toBe(true);
        seen.push(focused.label);
      }
      // Tabbing came back round to the first control: nothing trapped focus on the way.
      expect(wrapped, `focus order: ${seen.join(' → ')}`).toBe(true);
    });
  }
});
