import { readFile } from 'node:fs/promises';
import { test, type Locator, type Page } from '@playwright/test';
import { DARK_TAG, REDUCED_MOTION_TAG } from '../../scripts/firefox.mjs';

// What differs between the engines the suite runs in, so specs say what they mean once.
// Firefox runs over WebDriver BiDi (channel 'moz-firefox', Debian's Firefox ESR), where some
// Playwright features are missing; each helper below says which and does the same job another way.

/**
 * A describe group that runs in this colour scheme. Chromium takes Playwright's `colorScheme`;
 * Firefox over BiDi ignores it, so dark groups carry DARK_TAG and run in the firefox-laptop-dark
 * project, launched with the dark-scheme pref (the other Firefox projects are launched light).
 */
export function describeInScheme(scheme: 'light' | 'dark', title: string, body: () => void) {
  test.describe(title, { tag: scheme === 'dark' ? [DARK_TAG] : [] }, () => {
    test.use({ colorScheme: scheme });
    body();
  });
}

/**
 * A describe group that runs with reduced motion: Playwright's `reducedMotion` in Chromium, the
 * firefox-laptop-reduced-motion project (pref `ui.prefersReducedMotion`) in Firefox.
 */
export function describeWithReducedMotion(title: string, body: () => void) {
  test.describe(title, { tag: [REDUCED_MOTION_TAG] }, () => {
    test.use({ reducedMotion: 'reduce' });
    body();
  });
}

/** What the page really sees, for tests that claim to run in a scheme or with reduced motion. */
export const mediaMatches = (page: Page, query: string) =>
  page.evaluate((q) => matchMedia(q).matches, query);

/**
 * Types text into a field key by key, as a person would. Firefox over BiDi: `fill()` sets the
 * value without the input events React listens to; keystrokes work in every engine.
 */
export async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Delete');
  await field.pressSequentially(text);
}

/** Tap on a touch screen; Firefox over BiDi has no touch emulation (`hasTouch`), so a click. */
export async function tapOrClick(target: Locator, browserName: string) {
  if (browserName === 'firefox') await target.click();
  else await target.tap();
}

export interface Download {
  fileName: string;
  bytes: Buffer;
}

/**
 * Runs `trigger` and returns the file it saved. Chromium: Playwright's download event and the
 * saved file. Firefox over BiDi: that event never fires, so the page's own Blob and the
 * `<a download>` click are captured in the page and the Blob's bytes read back.
 */
export async function readDownload(
  page: Page,
  browserName: string,
  trigger: () => Promise<void>,
): Promise<Download> {
  if (browserName !== 'firefox') {
    const downloading = page.waitForEvent('download');
    await trigger();
    const download = await downloading;
    return {
      fileName: download.suggestedFilename(),
      bytes: await readFile((await download.path())!),
    };
  }
  await page.evaluate(captureBlobDownloads);
  await trigger();
  await page.waitForFunction(() => (window as unknown as CaptureWindow).__downloads.length > 0);
  const { fileName, bytes } = await page.evaluate(async () => {
    const w = window as unknown as CaptureWindow;
    const { fileName, blob } = w.__downloads.shift()!;
    return { fileName, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
  });
  return { fileName, bytes: Buffer.from(bytes) };
}

interface CaptureWindow {
  __downloads: { fileName: string; blob: Blob }[];
  __blobs: Map<string, Blob>;
}

/** Runs in the page: remembers every object-URL Blob and takes over `<a download>` clicks. */
function captureBlobDownloads() {
  const w = window as unknown as CaptureWindow;
  if (w.__downloads) return;
  w.__downloads = [];
  w.__blobs = new Map();
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = create(object);
    if (object instanceof Blob) w.__blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = w.__blobs.get(this.href);
    if (this.hasAttribute('download') && blob)
      w.__downloads.push({ fileName: this.download, blob });
    else click.call(this);
  };
}

/**
 * An init script that touches storage. Firefox over BiDi runs init scripts on the first
 * about:blank too, where storage access throws "The operation is insecure"; only http(s) pages run it.
 */
export async function addStorageInitScript<Arg>(page: Page, script: (arg: Arg) => void, arg: Arg) {
  await page.addInitScript({
    content: `if (location.protocol.startsWith('http')) (${script.toString()})(${JSON.stringify(arg)});`,
  });
}
