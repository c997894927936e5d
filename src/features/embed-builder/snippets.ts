import type { Locale } from '../../domain/locale';
import { frameMessages } from './messages';

/** What a school chooses on the embed builder page. */
export interface EmbedOptions {
  /** A fixed language, or null: the student's choice (their browser's, then the switch). */
  lang: Locale | null;
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
// Fits the start page on a laptop or tablet and every quiz step at any width, in both languages
// (measured: 876 px and 860 px at most); a phone's start page (about 1,300 px) scrolls inside it.
export const DEFAULT_HEIGHT = 900;
export const MIN_HEIGHT = 300;
export const MAX_HEIGHT = 4000;
/** The app keeps at most 60 characters of `org` and `group` (see domain/embed-params). */
export const MAX_TEXT = 60;

export const DEFAULT_OPTIONS: EmbedOptions = {
  lang: null,
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
  if (options.lang) params.push(['lang', options.lang]);
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
  const params = changedParams(options);
  // The loader titles its frame in English unless told otherwise (data-title).
  if (options.lang && options.lang !== 'en')
    params.push(['title', frameMessages[options.lang].frameTitle]);
  const attributes = params
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');
  const loader = new URL('embed.js', appBaseUrl(pageUrl)).href;
  return (
    `<div data-careerfit${attributes}></div>\n` +
    `<script src="${escapeAttribute(loader)}" async></script>`
  );
}

/**
 * What the iframe may use: the clipboard for "Copy link" and the share sheet. The same list as the
 * frame public/embed.js creates, so both snippets behave alike.
 */
export const FRAME_ALLOW = 'clipboard-write; web-share';

/**
 * For site builders that strip scripts: a fixed-height iframe (no resizing, no events). Its title
 * is in the quiz's language when the school fixed one, else in English like the loader's.
 */
export function iframeSnippet(pageUrl: string, options: EmbedOptions): string {
  const src = escapeAttribute(embedUrl(pageUrl, options));
  const height = normalizeHeight(options.height);
  const title = escapeAttribute(frameMessages[options.lang ?? 'en'].frameTitle);
  return (
    `<iframe src="${src}" title="${title}" loading="lazy" allow="${FRAME_ALLOW}" ` +
    `style="width:100%;height:${height}px;border:0"></iframe>`
  );
}
