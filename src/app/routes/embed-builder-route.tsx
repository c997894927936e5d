import { EmbedBuilderPage } from '../../features/embed-builder/embed-builder-page';

export function EmbedBuilderRoute() {
  return <EmbedBuilderPage />;
}
