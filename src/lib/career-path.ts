import type { CareerId } from '../domain';

/** The router path of a career's page (hash routing adds the `#`). */
export function careerPath(id: CareerId): string {
  return `/careers/${id}`;
}

/** The router path of the compare page with two careers picked. */
export function comparePath(a: CareerId, b: CareerId): string {
  return `/careers/compare?${new URLSearchParams({ a, b }).toString()}`;
}
