/**
 * The one definition of "a counselor page", shared by the gate and the router: React Router
 * matches case-insensitively and decodes percent-encoding, so the gate must read an address
 * the same way, or `#/COUNSELOR/dashboard` would show the page with no PIN.
 */
export function normalizePath(pathname: string): string {
  let path = pathname;
  for (let i = 0; i < 3; i++) {
    try {
      const decoded = decodeURIComponent(path);
      if (decoded === path) break;
      path = decoded;
    } catch {
      break;
    }
  }
  path = path
    .toLowerCase()
    .replace(/[\\/]+/g, '/')
    .trim();
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return path.startsWith('/') ? path : `/${path}`;
}

/** True for every spelling of an address that shows a counselor page. */
export function isCounselorPath(pathname: string): boolean {
  const path = normalizePath(pathname);
  return path === '/counselor' || path.startsWith('/counselor/');
}
