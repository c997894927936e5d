/* CareerFit's service worker: makes the whole quiz work offline after the first visit.
 * scripts/build-sw.mjs fills in the file list and a version from the built files' contents.
 * Precached files are served from the cache first (they are hashed or versioned together);
 * a new version installs in the background and waits until the student chooses to update. */
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `careerfit-${VERSION}`;
const INDEX = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('careerfit-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page asks for this only when the student presses "Update now".
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'careerfit:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages carry settings in the query (?embed=1&lang=es&group=…): the file is the same.
      // Vary (Origin, Accept-Encoding) would make module scripts miss the precache.
      const cached = await cache.match(request, { ignoreSearch: navigation, ignoreVary: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        const fallback = navigation ? await cache.match(INDEX) : undefined;
        if (fallback) return fallback;
        throw error;
      }
    })(),
  );
});
