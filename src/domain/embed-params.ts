import { canonicalText } from './share-code';

/** Settings a host page passes to an embedded CareerFit in the iframe's query string. */
export interface EmbedParams {
  embed: boolean;
  lang: 'en' | 'es' | null;
  /** A validated #rgb or #rrggbb colour. */
  accent: string | null;
  /** The school's name, shown as plain text. */
  org: string | null;
  /** A class or group label carried into result codes, like a hidden field. */
  group: string | null;
  /** Skip the landing page. */
  startAtQuiz: boolean;
  /** The host opted in to `completed` events. */
  events: boolean;
  /** The host page's origin, as the loader reports it (checked against the referrer later). */
  hostOrigin: string | null;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const MAX_TEXT = 60;

/** Plain, printable text only, trimmed and capped; anything else is dropped. */
function cleanText(value: string | null): string | null {
  if (value === null) return null;
  // eslint-disable-next-line no-control-regex
  const text = canonicalText(value.replace(/[\u0000-\u001f\u007f<>]/g, ''));
  if (!text || value.length > 500) return null;
  return text.slice(0, MAX_TEXT);
}

function cleanOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    const ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    return ok ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads and validates every embed parameter; an invalid value is ignored, never trusted. */
export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key);
  const lang = get('lang');
  const accent = get('accent');
  return {
    embed: get('embed') === '1',
    lang: lang === 'en' || lang === 'es' ? lang : null,
    accent: accent && HEX.test(accent) ? accent.toLowerCase() : null,
    org: cleanText(get('org')),
    group: cleanText(get('group')),
    startAtQuiz: get('start') === 'quiz',
    events: get('events') === '1',
    hostOrigin: cleanOrigin(get('origin')),
  };
}
