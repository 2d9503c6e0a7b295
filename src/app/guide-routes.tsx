// The guide pages, loaded on demand.
import { GuidesPage } from '../features/guide/guides-page';

export function GuideRoutes() {
  return <GuidesPage />;
}
