// The guide feature's pages for one partnership: its step guide and its directories. The pages that
// list partnerships are in guide-list-routes.tsx.
import { Route, Routes } from 'react-router';
import { DirectoryPage } from './directory-page';
import { GuidePage } from './guide-page';
import './guide.css';
import './guide-detail.css';
import './guide-directories.css';
import './guide-print.css';

export function GuideRoutes() {
  return (
    <Routes>
      <Route path=":packId" element={<GuidePage />} />
      <Route path=":packId/directories" element={<DirectoryPage />} />
    </Routes>
  );
}
