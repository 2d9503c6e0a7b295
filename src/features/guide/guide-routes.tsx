// The guide feature's pages under /guides: choose a partnership, its step guide, its directories,
// and loading a partnership's own policy.
import { Route, Routes } from 'react-router';
import { CustomPacksPage } from './custom-packs-page';
import { DirectoryPage } from './directory-page';
import { GuidePage } from './guide-page';
import { GuidesPage } from './guides-page';
import './guide.css';
import './guide-detail.css';
import './guide-pages.css';
import './guide-print.css';

export function GuideRoutes() {
  return (
    <Routes>
      <Route index element={<GuidesPage />} />
      <Route path="custom" element={<CustomPacksPage />} />
      <Route path=":packId" element={<GuidePage />} />
      <Route path=":packId/directories" element={<DirectoryPage />} />
    </Routes>
  );
}
