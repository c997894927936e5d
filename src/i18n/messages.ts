import type { Localized } from '../domain/locale';
import { useLocale } from './locale-store';

// A message is plain text or a small function of the values it mentions ("Question 3 of 36").
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parameter list is allowed
type Message = string | ((...args: any[]) => string);
export type Messages = Readonly<Record<string, Message>>;

/**
 * One screen's texts in every language. The Spanish side must have exactly the English keys
 * and the same function shapes, so a missing or misspelt key fails the typecheck.
 */
export function defineMessages<T extends Messages>(catalog: {
  en: T;
  es: NoInfer<T>;
}): Localized<T> {
  return catalog;
}

/** This screen's texts in the student's language. */
export function useMessages<T>(catalog: Localized<T>): T {
  return catalog[useLocale()];
}

/** Content (questions, careers, labels) kept per language: pick the current one. */
export const useLocalized = useMessages;
