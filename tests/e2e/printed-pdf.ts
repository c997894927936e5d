import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import type { Browser, Page, PlaywrightWorkerArgs, TestInfo } from '@playwright/test';
import { FIREFOX_LIGHT, FIREFOX_PATH } from '../../scripts/firefox.mjs';

// Printing to PDF in each engine. Chromium: `page.pdf()`. Firefox over WebDriver BiDi has no
// print command in Playwright, but Firefox itself prints silently to a file when launched with
// these prefs, so a second Firefox is launched for the test and the page calls `print()`.
const PDF_PRINTER = 'print.printer_Mozilla_Save_to_PDF.';
const NO_HEADERS = Object.fromEntries(
  ['headerleft', 'headercenter', 'headerright', 'footerleft', 'footercenter', 'footerright'].map(
    (slot) => [`${PDF_PRINTER}print_${slot}`, ''],
  ),
);
const firefoxPrintPrefs = (file: string) => ({
  ...FIREFOX_LIGHT,
  ...NO_HEADERS,
  'print.always_print_silent': true,
  'print.show_print_progress': false,
  print_printer: 'Mozilla Save to PDF',
  [`${PDF_PRINTER}print_to_file`]: true,
  [`${PDF_PRINTER}print_to_filename`]: file,
  [`${PDF_PRINTER}print_paper_id`]: 'na_letter',
});

async function fileSettled(file: string, timeoutMs = 30_000) {
  let last = -1;
  for (let waited = 0; waited < timeoutMs; waited += 500) {
    const size = existsSync(file) ? statSync(file).size : -1;
    if (size > 0 && size === last) return;
    last = size;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Firefox did not finish printing to ${file}`);
}

/**
 * Opens a page in an engine that can print, lets `prepare` bring it to what should be printed,
 * prints it on US Letter paper and returns the PDF's path.
 */
export async function printToPdf(
  {
    page,
    playwright,
    browserName,
  }: Pick<PlaywrightWorkerArgs, 'playwright'> & {
    page: Page;
    browserName: string;
  },
  testInfo: TestInfo,
  prepare: (page: Page) => Promise<void>,
): Promise<string> {
  const file = testInfo.outputPath('printed.pdf');
  if (browserName !== 'firefox') {
    await prepare(page);
    writeFileSync(file, await page.pdf({ format: 'Letter', printBackground: true }));
    return file;
  }
  const browser: Browser = await playwright.firefox.launch({
    channel: 'moz-firefox',
    executablePath: FIREFOX_PATH,
    firefoxUserPrefs: firefoxPrintPrefs(file),
  });
  try {
    const printing = await browser.newPage({ viewport: page.viewportSize() ?? undefined });
    await prepare(printing);
    // print() returns only when printing ends; the file is watched instead.
    void printing.evaluate(() => window.print()).catch(() => {});
    await fileSettled(file);
  } finally {
    await browser.close();
  }
  return file;
}

/** Each printed page's lines (poppler's `pdftotext`), ligatures unfolded, blank lines dropped. */
export function pdfPages(file: string): string[][] {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page) =>
      page
        .normalize('NFKC')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}
