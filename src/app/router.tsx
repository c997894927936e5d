import { createHashRouter, type RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { lazyRoute } from './lazy-route';
import { RouteError } from './route-error';
import { LandingRoute } from './routes/landing-route';
import { NotFoundRoute } from './routes/not-found-route';

// Hash routing: the built files work from any static host or subfolder with no rewrite rules.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <LandingRoute />, errorElement: <RouteError /> },
      {
        path: 'quiz',
        lazy: lazyRoute(() => import('./routes/quiz-route').then((m) => m.QuizRoute)),
        errorElement: <RouteError />,
      },
      {
        path: 'results',
        lazy: lazyRoute(() => import('./routes/results-route').then((m) => m.ResultsRoute)),
        errorElement: <RouteError />,
      },
      {
        path: 'careers',
        lazy: lazyRoute(() => import('./routes/careers-route').then((m) => m.CareersRoute)),
        errorElement: <RouteError />,
      },
      {
        path: 'careers/compare',
        lazy: lazyRoute(() =>
          import('./routes/career-compare-route').then((m) => m.CareerCompareRoute),
        ),
        errorElement: <RouteError />,
      },
      {
        path: 'careers/:careerId',
        lazy: lazyRoute(() => import('./routes/career-route').then((m) => m.CareerRoute)),
        errorElement: <RouteError />,
      },
      {
        path: 'embed',
        lazy: lazyRoute(() =>
          import('./routes/embed-builder-route').then((m) => m.EmbedBuilderRoute),
        ),
        errorElement: <RouteError />,
      },
      {
        path: 'r/:code',
        lazy: lazyRoute(() =>
          import('./routes/shared-results-route').then((m) => m.SharedResultsRoute),
        ),
        errorElement: <RouteError />,
      },
      {
        path: 'accessibility',
        lazy: lazyRoute(() =>
          import('./routes/accessibility-route').then((m) => m.AccessibilityRoute),
        ),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor/session',
        lazy: lazyRoute(() =>
          import('./routes/counselor-session-route').then((m) => m.CounselorSessionRoute),
        ),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor',
        lazy: lazyRoute(() => import('./routes/counselor-route').then((m) => m.CounselorRoute)),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor/dashboard',
        lazy: lazyRoute(() =>
          import('./routes/counselor-dashboard-route').then((m) => m.CounselorDashboardRoute),
        ),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor/guide',
        lazy: lazyRoute(() =>
          import('./routes/counselor-guide-route').then((m) => m.CounselorGuideRoute),
        ),
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

// Not in Node: scripts/prerender.mjs renders `routes` with a static router and has no window.
export const router = typeof document === 'undefined' ? (null as never) : createHashRouter(routes);
