/**
 * Which results a counselor has already collected: each code with the names it came with (null
 * for none). A code is a set of answers, so two students who answered exactly alike share one;
 * their names are what tell them apart.
 */
export type Collected = ReadonlyMap<string, readonly (string | null)[]>;

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The same student again: the same code, unless both it and the earlier copy carry names and
 * the names differ. A code without a name (pasted) matches any copy of that code.
 */
export function isCollected(collected: Collected, code: string, name: string | null): boolean {
  const names = collected.get(code);
  if (!names) return false;
  return name === null || names.some((known) => known === null || sameName(known, name));
}

/** A collection to check against and add to. */
export function collect(
  items: Iterable<{ code: string; name: string | null }> = [],
): Map<string, (string | null)[]> {
  const collected = new Map<string, (string | null)[]>();
  for (const { code, name } of items) addCollected(collected, code, name);
  return collected;
}

export function addCollected(
  collected: Map<string, (string | null)[]>,
  code: string,
  name: string | null,
): void {
  const names = collected.get(code);
  if (names) names.push(name);
  else collected.set(code, [name]);
}
