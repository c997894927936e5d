/** The address of a shared result on this same site, whatever folder it is served from. */
export function shareLinkFor(code: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/r/${code}`;
}
