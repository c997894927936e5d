import { expect, test, type Page } from '@playwright/test';
import { QUESTION_COUNT } from '../../src/content/quiz-facts';

// The built app's prerendered pages (scripts/prerender.mjs): index.html for #/ and
// career-<id>.html for #/careers/<id>. See docs/architecture.md, "Prerendered first paint".

const LANDING_HEADING = 'Could a career in medical records fit you?';

/** Console errors and warnings (React 19 reports hydration mismatches as errors) and page errors. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Playwright's own notice: this suite's config blocks service workers.
    if (message.text().startsWith('Service Worker registration blocked by Playwright')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

interface LayoutWindow {
  __shift: number;
  __rootShownEarly: boolean | null;
  __firstBoxes: string[] | null;
}

/**
 * Sums layout shifts from the very start (where the engine reports them), notes whether #root was
 * shown before scripts ran, and where the first-paint heading and links were.
 */
async function watchLayout(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as LayoutWindow;
    w.__shift = 0;
    w.__rootShownEarly = null;
    w.__firstBoxes = null;
    // Firefox has no Layout Instability API; the boxes below show a shift in every engine.
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[])
          w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    // 'interactive' comes after parsing and before module scripts run: the first-paint state.
    document.addEventListener('readystatechange', () => {
      const root = document.getElementById('root');
      if (document.readyState !== 'interactive' || !root) return;
      w.__rootShownEarly = getComputedStyle(root).display !== 'none' && root.childElementCount > 0;
      w.__firstBoxes = [...root.querySelectorAll('h1, a')].map((el) =>
        JSON.stringify(el.getBoundingClientRect()),
      );
    });
  });
}

const layoutShift = (page: Page) =>
  page.evaluate(() => ({
    reported: PerformanceObserver.supportedEntryTypes.includes('layout-shift'),
    value: (window as unknown as LayoutWindow).__shift,
  }));

/** The first-paint heading and links are where they were before React took the page over. */
async function expectStill(page: Page, browserName: string) {
  const shift = await layoutShift(page);
  expect(shift.reported).toBe(browserName !== 'firefox');
  expect(shift.value).toBe(0);
  const boxes = await page.evaluate(() => {
    const root = document.getElementById('root')!;
    return {
      first: (window as unknown as LayoutWindow).__firstBoxes,
      now: [...root.querySelectorAll('h1, a')].map((el) =>
        JSON.stringify(el.getBoundingClientRect()),
      ),
    };
  });
  expect(boxes.first?.length).toBeGreaterThan(0);
  expect(boxes.now).toEqual(boxes.first);
}
const rootShownEarly = (page: Page) =>
  page.evaluate(() => (window as unknown as { __rootShownEarly: boolean }).__rootShownEarly);

/** React has attached to the prerendered heading (its fiber key appears on hydration). */
async function waitForHydration(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const heading = document.querySelector('h1');
        return !!heading && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
      }),
    )
    .toBe(true);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the landing page shows its heading, text and start link', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: LANDING_HEADING })).toBeVisible();
    await expect(
      page.getByText(`Answer ${QUESTION_COUNT} quick questions`, { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Careers the quiz compares' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
    await expect(page).toHaveTitle('CareerFit — is a medical records career right for you?');
  });

  test('a career page shows its heading, duties and facts', async ({ page }) => {
    await page.goto('./career-medical-coder.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Medical coder' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What they do' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
    await expect(page).toHaveTitle('Medical coder — CareerFit');
  });
});

test.describe('with JavaScript', () => {
  test('the landing page hydrates with no console messages, stays still and works', async ({
    page,
    browserName,
  }) => {
    const problems = watchConsole(page);
    await watchLayout(page);
    await page.goto('./');
    expect(await rootShownEarly(page)).toBe(true);
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-render', 'hydrate');
    await page.waitForTimeout(500);
    await expectStill(page, browserName);

    // A button only works once React owns the page: the language switch.
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(LANDING_HEADING);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: LANDING_HEADING })).toBeVisible();

    await page.getByRole('link', { name: 'Start the quiz' }).click();
    await expect(page).toHaveURL(/#\/quiz$/);
    await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a career page hydrates at its own route with no console messages and no shift', async ({
    page,
    browserName,
  }) => {
    const problems = watchConsole(page);
    await watchLayout(page);
    await page.goto('./career-medical-coder.html');
    expect(await rootShownEarly(page)).toBe(true);
    await expect(page).toHaveURL(/career-medical-coder\.html#\/careers\/medical-coder$/);
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-render', 'hydrate');
    await page.waitForTimeout(500);
    await expectStill(page, browserName);

    await page.getByRole('link', { name: 'Explore careers' }).click();
    await expect(page).toHaveURL(/#\/careers$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Eight healthcare careers to explore' }),
    ).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('index.html with another route in the hash never shows the landing page', async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await watchLayout(page);
    await page.goto('./#/careers/cancer-registrar');
    expect(await rootShownEarly(page)).toBe(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Cancer registrar' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-render', 'client');
    await expect(page.getByRole('heading', { name: LANDING_HEADING })).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('Spanish, saved progress and embeds render on the client with no mismatch', async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await watchLayout(page);

    await page.goto('./?lang=es');
    expect(await rootShownEarly(page)).toBe(false);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(LANDING_HEADING);

    await page.goto('./?embed=1');
    expect(await rootShownEarly(page)).toBe(false);
    await expect(page.getByRole('heading', { level: 1, name: LANDING_HEADING })).toBeVisible();
    await expect(page.locator('.site-header')).toHaveCount(0);

    // One answer saved on this device: the landing page offers to continue.
    await page.goto('./#/quiz');
    await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toBeVisible();
    await page.keyboard.press('4');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await page.goto('./');
    await page.reload();
    expect(await rootShownEarly(page)).toBe(false);
    await expect(page.getByRole('link', { name: 'Continue where I left off' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
