// Server-render entry, used only at build time by scripts/prerender.mjs (bundled with `vite build
// --ssr`, then run in Node). It renders the same tree main.tsx hydrates: Providers around the
// router, at one route, in English, with no saved answers and no embed settings.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createMemoryRouter, createPath, RouterProvider, type To } from 'react-router-dom';
import { Providers } from './app/providers';
import { routes } from './app/router';
import { CAREER_IDS } from './domain/careers';
import { CAREER_TITLES } from './content/career-titles';
import { landingMessages } from './features/landing/messages';
import { useLocaleStore } from './i18n/locale-store';
import { firstPaintGate } from './first-paint';

export interface PrerenderPage {
  /** The router path (what the hash holds): `/` or `/careers/<id>`. */
  route: string;
  /** The file written into dist/, next to index.html so every relative URL stays the same. */
  file: string;
  title: string;
  /** The lazy route module whose chunk the page preloads (a key of Vite's manifest). */
  routeModule: string | null;
}

export const pages: PrerenderPage[] = [
  {
    route: '/',
    file: 'index.html',
    title: landingMessages.en.title,
    routeModule: null,
  },
  ...CAREER_IDS.map((id) => ({
    route: `/careers/${id}`,
    file: `career-${id}.html`,
    title: `${CAREER_TITLES.en[id]} — CareerFit`,
    routeModule: 'src/app/routes/career-route.tsx',
  })),
];

/** The gate's source, for an inline <script> that runs before the first paint. */
export const firstPaintGateSource = firstPaintGate.toString();

/**
 * The HTML inside #root for one route, with lazy routes already resolved. It renders the same
 * RouterProvider the browser hydrates, from a memory router whose links are written the way the
 * hash router writes them (`#/careers`), so server and client produce the same markup.
 */
export async function render(route: string): Promise<string> {
  // Whatever language Node reports, the prerendered pages are English (the gate checks this).
  useLocaleStore.setState({ locale: 'en' });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  router.createHref = (to: To) => `#${typeof to === 'string' ? to : createPath(to)}`;
  await new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
  if (router.state.errors) throw new Error(`${route}: ${JSON.stringify(router.state.errors)}`);
  // prerender (not renderToString) waits for every Suspense boundary, lazy components included, so
  // the HTML is complete and the client hydrates each boundary instead of discarding it.
  const { prelude } = await prerender(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
  router.dispose();
  return new Response(prelude).text();
}
