/**
 * Decides, before the first paint, whether the prerendered HTML in this page may be shown and then
 * hydrated. It runs twice: inlined as a plain script in the page's <head> (by
 * `scripts/prerender.mjs`, from this function's source text, so it must stay self-contained: no
 * imports, no outside variables, nothing TypeScript-only left after transpiling) and again from
 * `main.tsx`, which adds its own checks against the real app state.
 *
 * The prerendered HTML is the English page at one route with no saved answers and no embed
 * settings. Anything else (another route in the hash, another language, saved progress, an iframe)
 * hides it at once (`data-render="client"`: the CSS in the page hides #root) and the app renders
 * on the client instead, so no one sees a flash of the wrong page.
 *
 * `route` is the router path the HTML was rendered at (`/` or `/careers/<id>`).
 * Returns true when the page may hydrate.
 */
export function firstPaintGate(route: string): boolean {
  const root = document.documentElement;
  const { search, hash } = window.location;
  // A career page opened with no hash (career-<id>.html) starts the hash router at its own route.
  if (route !== '/' && (hash === '' || hash === '#')) {
    window.history.replaceState(window.history.state, '', '#' + route);
  }
  const current = window.location.hash.replace(/^#/, '');
  const query = current.indexOf('?');
  const path = (query < 0 ? current : current.slice(0, query)) || '/';
  // Same rule as pickLocale (domain/locale.ts): the address, then the saved choice, then the browser.
  const language = (tag: string | null | undefined): string | null => {
    const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    return base === 'en' || base === 'es' ? base : null;
  };
  let hydrate = path === route;
  try {
    const params = new URLSearchParams(search);
    const hashParams = new URLSearchParams(query < 0 ? '' : current.slice(query));
    if (params.get('embed') === '1' || window.self !== window.top) hydrate = false;
    // Counselor sessions add a bar or a group code to the page (see hasSharedDeviceSession).
    if (params.get('group')) hydrate = false;
    if (/"sharedDevice":true/.test(window.localStorage.getItem('careerfit:counselor') ?? ''))
      hydrate = false;
    const browser = (navigator.languages || []).map(language).filter(Boolean)[0];
    const locale =
      language(params.get('lang') ?? hashParams.get('lang')) ??
      language(window.localStorage.getItem('careerfit:lang')) ??
      browser ??
      'en';
    if (locale !== 'en') hydrate = false;
    const saved = window.localStorage.getItem('careerfit:quiz');
    if (saved !== null) {
      const parsed = JSON.parse(saved) as { state?: { answers?: object } } | null;
      const answers = parsed?.state?.answers;
      if (!answers || Object.keys(answers).length > 0) hydrate = false;
    }
  } catch {
    // Blocked storage or unreadable saved data: the app shows a notice, so render on the client.
    hydrate = false;
  }
  root.setAttribute('data-render', hydrate ? 'hydrate' : 'client');
  return hydrate;
}
