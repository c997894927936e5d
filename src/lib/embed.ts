import { parseEmbedParams, type EmbedParams } from '../domain/embed-params';

/** Read once at start-up: the embed settings in this page's own query string. */
export const EMBED: EmbedParams = parseEmbedParams(
  typeof window === 'undefined' ? '' : window.location.search,
);

function referrerOrigin(): string | null {
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * The origin messages may go to: the one the loader passed, when the referrer agrees (or is
 * hidden by the host's referrer policy). Never '*'.
 */
export function trustedHostOrigin(params: EmbedParams = EMBED): string | null {
  if (!params.embed || !params.hostOrigin || window.parent === window) return null;
  const referrer = referrerOrigin();
  return referrer === null || referrer === params.hostOrigin ? params.hostOrigin : null;
}

export const PROTOCOL_VERSION = 1;

export type HostMessage =
  | { type: 'careerfit:ready' }
  | { type: 'careerfit:started' }
  | { type: 'careerfit:question'; index: number; total: number }
  | { type: 'careerfit:resize'; height: number }
  | { type: 'careerfit:completed'; careerId: string; fits: Record<string, number>; code: string };

/** Sends one protocol message to the host page, if there is a trusted one. */
export function postToHost(message: HostMessage) {
  const origin = trustedHostOrigin();
  if (!origin) return;
  if (message.type === 'careerfit:completed' && !EMBED.events) return;
  window.parent.postMessage({ ...message, version: PROTOCOL_VERSION }, origin);
}

let interacted = false;
if (typeof window !== 'undefined') {
  const mark = () => (interacted = true);
  window.addEventListener('pointerdown', mark, { once: true, capture: true });
  window.addEventListener('keydown', mark, { once: true, capture: true });
}

/**
 * Whether the app may move focus (to a new question's heading). Inside a school's page it waits
 * for the student's first tap or key, so loading the quiz never pulls the host page's focus/scroll.
 */
export function mayMoveFocus(): boolean {
  return !EMBED.embed || interacted;
}
