import { NotFoundPage } from '../../features/landing/not-found-page';

export function NotFoundRoute() {
  return <NotFoundPage />;
}
