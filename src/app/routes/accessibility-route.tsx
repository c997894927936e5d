import { AccessibilityPage } from '../../features/about/accessibility-page';

export function AccessibilityRoute() {
  return <AccessibilityPage />;
}
