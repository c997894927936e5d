/** What a school chooses on the embed builder page. */
export interface EmbedOptions {
  lang: 'en' | 'es';
  /** #rrggbb, as `<input type="color">` gives it. */
  accent: string;
  org: string;
  group: string;
  startAtQuiz: boolean;
  events: boolean;
  /** Height in CSS px of the plain-iframe snippet (the script snippet sizes itself). */
  height: number;
}

export const DEFAULT_ACCENT = '#0f6e6e';
export const DEFAULT_HEIGHT = 720;
export const MIN_HEIGHT = 300;
export const MAX_HEIGHT = 4000;
/** The app keeps at most 60 characters of `org` and `group` (see domain/embed-params). */
export const MAX_TEXT = 60;

export const DEFAULT_OPTIONS: EmbedOptions = {
  lang: 'en',
  accent: DEFAULT_ACCENT,
  org: '',
  group: '',
  startAtQuiz: false,
  events: false,
  height: DEFAULT_HEIGHT,
};

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Makes any text safe inside a double- or single-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (character) => ENTITIES[character] ?? character);
}

/** A usable iframe height: whole pixels within limits, the default when the field is empty. */
export function normalizeHeight(height: number): number {
  if (!Number.isFinite(height) || height <= 0) return DEFAULT_HEIGHT;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

/**
 * The options that differ from the defaults, as [name, value] in the loader's order
 * (public/embed.js). Text is trimmed; blank text counts as unchanged.
 */
export function changedParams(options: EmbedOptions): [string, string][] {
  const params: [string, string][] = [];
  const org = options.org.trim();
  const group = options.group.trim();
  const accent = options.accent.toLowerCase();
  if (options.lang !== DEFAULT_OPTIONS.lang) params.push(['lang', options.lang]);
  if (accent !== DEFAULT_ACCENT) params.push(['accent', accent]);
  if (org) params.push(['org', org]);
  if (group) params.push(['group', group]);
  if (options.startAtQuiz) params.push(['start', 'quiz']);
  if (options.events) params.push(['events', '1']);
  return params;
}

/** The app's folder URL from the page's `origin + pathname` (index.html or a trailing slash). */
export function appBaseUrl(pageUrl: string): string {
  return new URL('./', pageUrl).href;
}

/** The app in embed mode with these options: the iframe's `src`. */
export function embedUrl(pageUrl: string, options: EmbedOptions): string {
  const query = new URLSearchParams([['embed', '1'], ...changedParams(options)]);
  return `${appBaseUrl(pageUrl)}?${query.toString()}#/`;
}

/** The recommended snippet: a box with data-* options and the loader script. */
export function scriptSnippet(pageUrl: string, options: EmbedOptions): string {
  const attributes = changedParams(options)
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');
  const loader = new URL('embed.js', appBaseUrl(pageUrl)).href;
  return (
    `<div data-careerfit${attributes}></div>\n` +
    `<script src="${escapeAttribute(loader)}" async></script>`
  );
}

/** For site builders that strip scripts: a fixed-height iframe (no resizing, no events). */
export function iframeSnippet(pageUrl: string, options: EmbedOptions): string {
  const src = escapeAttribute(embedUrl(pageUrl, options));
  const height = normalizeHeight(options.height);
  return (
    `<iframe src="${src}" title="CareerFit career quiz" loading="lazy" ` +
    `style="width:100%;height:${height}px;border:0"></iframe>`
  );
}
