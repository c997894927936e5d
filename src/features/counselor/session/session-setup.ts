import { normalizeGroup } from '../../../domain/share-code';
import { isValidPin } from '../../../lib/pin';

/** Minutes without input before a shared device warns and resets. */
export const INACTIVITY_CHOICES = [2, 3, 5, 10, 15] as const;
export const DEFAULT_INACTIVITY = 5;
const MAX_GROUP_BYTES = 40;

export interface SetupForm {
  group: string;
  sharedDevice: boolean;
  askName: boolean;
  inactivityMinutes: number;
  pin: string;
  pinAgain: string;
  keepResults: boolean;
}

export const EMPTY_SETUP: SetupForm = {
  group: '',
  sharedDevice: false,
  askName: false,
  inactivityMinutes: DEFAULT_INACTIVITY,
  pin: '',
  pinAgain: '',
  keepResults: false,
};

export type GroupProblem = 'empty' | 'too-long' | 'characters';
export type PinProblem = 'format' | 'mismatch';
export interface SetupProblems {
  group?: GroupProblem;
  pin?: PinProblem;
  pinAgain?: PinProblem;
}

const utf8 = new TextEncoder();

/** What is wrong with the form, field by field; an empty object when it can start. */
export function validateSetup(form: SetupForm): SetupProblems {
  const problems: SetupProblems = {};
  const group = form.group.trim();
  if (!group) problems.group = 'empty';
  // The group travels in the link (where < and > are dropped) and in codes (40 UTF-8 bytes).
  else if (utf8.encode(group).length > MAX_GROUP_BYTES) problems.group = 'too-long';
  else if (/[<>]/.test(group) || normalizeGroup(group) !== group) problems.group = 'characters';
  if (form.sharedDevice) {
    if (!isValidPin(form.pin)) problems.pin = 'format';
    else if (form.pin !== form.pinAgain) problems.pinAgain = 'mismatch';
  }
  return problems;
}

/** Bytes left for the group label (codes carry at most 40). */
export const groupBytesLeft = (group: string) => MAX_GROUP_BYTES - utf8.encode(group.trim()).length;

/** The link students open on their own devices: this app, `?group=`, at the start page. */
export function sessionLink(location: { origin: string; pathname: string }, group: string): string {
  const params = new URLSearchParams({ group: group.trim() });
  return `${location.origin}${location.pathname}?${params.toString()}#/`;
}
