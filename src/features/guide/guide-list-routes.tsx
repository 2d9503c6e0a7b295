// The guide feature's pages that list policy packs: choose a partnership, and load a partnership's
// own policy. They load apart from a step guide's pages (guide-routes.tsx) because they need every
// built-in pack, and a guide's page loads only its own.
import './guide-list.css';

export { CustomPacksPage } from './custom-packs-page';
export { GuidesPage } from './guides-page';
