import { createHashRouter, type RouteObject } from 'react-router-dom';
import { Layout } from './layout';
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
        lazy: () => import('./routes/quiz-route').then((m) => ({ Component: m.QuizRoute })),
        errorElement: <RouteError />,
      },
      {
        path: 'results',
        lazy: () => import('./routes/results-route').then((m) => ({ Component: m.ResultsRoute })),
        errorElement: <RouteError />,
      },
      {
        path: 'careers',
        lazy: () => import('./routes/careers-route').then((m) => ({ Component: m.CareersRoute })),
        errorElement: <RouteError />,
      },
      {
        path: 'careers/compare',
        lazy: () =>
          import('./routes/career-compare-route').then((m) => ({
            Component: m.CareerCompareRoute,
          })),
        errorElement: <RouteError />,
      },
      {
        path: 'careers/:careerId',
        lazy: () => import('./routes/career-route').then((m) => ({ Component: m.CareerRoute })),
        errorElement: <RouteError />,
      },
      {
        path: 'embed',
        lazy: () =>
          import('./routes/embed-builder-route').then((m) => ({ Component: m.EmbedBuilderRoute })),
        errorElement: <RouteError />,
      },
      {
        path: 'r/:code',
        lazy: () =>
          import('./routes/shared-results-route').then((m) => ({
            Component: m.SharedResultsRoute,
          })),
        errorElement: <RouteError />,
      },
      {
        path: 'accessibility',
        lazy: () =>
          import('./routes/accessibility-route').then((m) => ({ Component: m.AccessibilityRoute })),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor/session',
        lazy: () =>
          import('./routes/counselor-session-route').then((m) => ({
            Component: m.CounselorSessionRoute,
          })),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor',
        lazy: () =>
          import('./routes/counselor-route').then((m) => ({ Component: m.CounselorRoute })),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor/dashboard',
        lazy: () =>
          import('./routes/counselor-dashboard-route').then((m) => ({
            Component: m.CounselorDashboardRoute,
          })),
        errorElement: <RouteError />,
      },
      {
        path: 'counselor/guide',
        lazy: () =>
          import('./routes/counselor-guide-route').then((m) => ({
            Component: m.CounselorGuideRoute,
          })),
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

// Not in Node: scripts/prerender.mjs renders `routes` with a static router and has no window.
export const router = typeof document === 'undefined' ? (null as never) : createHashRouter(routes);
