import { expect, test } from '@playwright/test';
import { describeInScheme, mediaMatches } from './engine';
import { expectNoSeriousAxeViolations, guardPage } from './helpers';

test('a student browses the careers, opens one and compares two', async ({ page }) => {
  const guard = guardPage(page);
  await page.goto('./');
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Explore careers' })
    .click();
  await expect(page).toHaveURL(/#\/careers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/careers to explore/);
  await expect(page.getByRole('link', { name: /^Read about / })).toHaveCount(8);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'Read about Medical coder' }).click();
  await expect(page).toHaveURL(/#\/careers\/medical-coder$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical coder');
  await expect(page.getByText('$40,350 a year (median)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
  await expect(page).toHaveTitle('Medical coder — CareerFit');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'Compare side by side' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare two careers');
  await expect(page.getByLabel('First career')).toHaveValue('medical-coder');
  await page.getByLabel('Second career').selectOption('pharmacy-technician');
  await expect(page).toHaveURL(/a=medical-coder&b=pharmacy-technician/);
  await expect(
    page.getByRole('table', { name: /side by side/ }).getByRole('columnheader'),
  ).toHaveText(['Medical coder', 'Pharmacy technician']);
  await expectNoSeriousAxeViolations(page);
  guard.expectClean();
});

describeInScheme('dark', 'in the dark scheme', () => {
  test('the comparison has no serious axe problems', async ({ page }) => {
    const guard = guardPage(page);
    await page.goto('./#/careers/compare?a=medical-coder&b=pharmacy-technician');
    expect(await mediaMatches(page, '(prefers-color-scheme: dark)')).toBe(true);
    await expect(
      page.getByRole('table', { name: /side by side/ }).getByRole('columnheader'),
    ).toHaveText(['Medical coder', 'Pharmacy technician']);
    await expectNoSeriousAxeViolations(page);
    guard.expectClean();
  });
});

test('an unknown career and a bad compare link are handled quietly', async ({ page }) => {
  const guard = guardPage(page);
  await page.goto('./#/careers/astronaut');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that career");
  await page.getByRole('link', { name: 'See all careers' }).click();
  await expect(page).toHaveURL(/#\/careers$/);

  await page.goto('./#/careers/compare?a=x&b=');
  await expect(page.getByLabel('First career')).toHaveValue('medical-records-technician');
  await expect(page.getByLabel('Second career')).toHaveValue('medical-assistant');
  guard.expectClean();
});
