import { expect, test, type Page } from '@playwright/test';
import { tapOrClick } from './engine';
import { guardPage, stepText } from './helpers';

// Against the layout width, not window.innerWidth: headless Firefox draws a 12 px scrollbar, so a
// 390 px window lays out 378 px of page, and 12 px of overflow would hide behind it.
async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The answer itself is on the first screen: career, fit, one sentence, confidence, keep/share. */
async function expectAnswerOnFirstScreen(page: Page, copyLink: string, print: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const hero = page.locator('.result-hero');
  const parts = [
    page.locator('#result-title'),
    hero.locator('.band'),
    hero.locator('.fit-score'),
    hero.locator('.lead'),
    hero.locator('.confidence-headline'),
    hero.getByRole('button', { name: copyLink }),
    hero.getByRole('button', { name: print }),
  ];
  const height = page.viewportSize()?.height ?? 0;
  for (const part of parts) {
    await expect(part).toBeVisible();
    const box = await part.boundingBox();
    expect(box && box.y + box.height, String(part)).toBeLessThanOrEqual(height);
  }
}

test('on a phone, tapping an answer moves on by itself and results fit the screen', async ({
  page,
  browserName,
}) => {
  // Every screen of the quiz, each with its entrance: about a minute in Firefox on a loaded CI core.
  test.setTimeout(150_000);
  const guard = guardPage(page);
  await page.goto('./');
  await expectNoSideScroll(page);
  await tapOrClick(page.getByRole('link', { name: 'Start the quiz' }), browserName);
  const total = Number(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(stepText(i, total), { exact: true })).toBeVisible();
    const id = await page.locator('[data-question]').getAttribute('data-question');
    // Varied answers (flat ones get "no clear match"); at most 4, the education step's count.
    const option = page.locator(`label[for="${id}-${Math.min(((i * 7) % 5) + 1, 4)}"]`);
    await expect(option).toBeVisible();
    const box = await option.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await tapOrClick(option, browserName);
  }
  await expect(page.getByText('Your best fit')).toBeVisible();
  await expectNoSideScroll(page);
  await expectAnswerOnFirstScreen(page, 'Copy link', 'Print');
  await page.setViewportSize({ width: 320, height: 844 });
  await expectAnswerOnFirstScreen(page, 'Copy link', 'Print');
  await tapOrClick(page.getByRole('button', { name: 'Español' }), browserName);
  await expectAnswerOnFirstScreen(page, 'Copiar enlace', 'Imprimir');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAnswerOnFirstScreen(page, 'Copiar enlace', 'Imprimir');
  guard.expectClean();
});

test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./#/quiz');
  await expect(page.getByRole('radiogroup')).toBeVisible();
  await expectNoSideScroll(page);
});
