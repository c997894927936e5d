import { render, screen } from '@testing-library/react';
import {
  createMemoryRouter,
  Outlet,
  RouterProvider,
  useRouteError,
  type RouteObject,
} from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { lazyRoute } from '../../src/app/lazy-route';

function ShowError() {
  const error = useRouteError();
  return <p role="alert">{error instanceof Error ? error.message : 'not an error'}</p>;
}

function renderAt(child: RouteObject) {
  const router = createMemoryRouter(
    [
      {
        element: (
          <div>
            <p>site header</p>
            <Outlet />
          </div>
        ),
        children: [{ index: true, element: <p>home</p> }, child],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('lazyRoute', () => {
  it('renders the module’s component when the import works', async () => {
    const router = renderAt({
      path: 'page',
      lazy: lazyRoute(() => Promise.resolve(() => <h1>the page</h1>)),
      errorElement: <ShowError />,
    });
    await screen.findByText('home');
    await router.navigate('/page');
    expect(await screen.findByRole('heading', { name: 'the page' })).toBeInTheDocument();
  });

  it('hands a failed import to the route’s own error element, inside the layout', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module: /assets/page.js');
    const router = renderAt({
      path: 'page',
      lazy: lazyRoute(() => Promise.reject(failure)),
      errorElement: <ShowError />,
    });
    await screen.findByText('home');
    await router.navigate('/page');
    expect(await screen.findByRole('alert')).toHaveTextContent(failure.message);
    expect(screen.getByText('site header')).toBeInTheDocument();
  });
});
