import type { ComponentType } from 'react';

/**
 * A route module loaded on demand. React Router 7.18 renders an empty outlet (no errorElement)
 * when a lazy route's import rejects and the route has its own error boundary; so a failed
 * import becomes a component that throws while rendering, which the route's errorElement
 * (RouteError: reload once into a new version, else explain) does catch. tests/app/lazy-route.
 */
export function lazyRoute(
  load: () => Promise<ComponentType>,
): () => Promise<{ Component: ComponentType }> {
  return () =>
    load().then(
      (Component) => ({ Component }),
      (error: unknown) => ({
        Component: function RouteModuleFailed(): never {
          throw error;
        },
      }),
    );
}
