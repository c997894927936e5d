import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach } from 'vitest';
import { useLocaleStore } from '../src/i18n/locale-store';

MotionGlobalConfig.skipAnimations = true;

afterEach(async () => {
  cleanup();
  localStorage.clear();
  // Open connections close themselves when asked (counselor-db), so this never blocks.
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase('careerfit-counselor');
    request.onsuccess = request.onerror = request.onblocked = done;
  });
  useLocaleStore.setState({ locale: 'en' });
});

// jsdom has <dialog> but not its modal methods; a minimal stand-in keeps the open attribute right.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// jsdom has no IntersectionObserver (framer-motion's whileInView needs one); nothing ever
// scrolls into view there, so a stand-in that never reports is faithful.
if (typeof IntersectionObserver === 'undefined') {
  globalThis.IntersectionObserver = class {
    readonly root = null;
    readonly rootMargin = '0px';
    readonly scrollMargin = '0px';
    readonly thresholds = [0];
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
}
