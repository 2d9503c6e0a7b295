// The Register section's pages.
import { Route, Routes } from 'react-router';
import { EntryPage } from './entry-page';
import { RegisterPage } from './register-page';
import { ThemesPage } from './themes-page';

export function RegisterRoutes() {
  return (
    <Routes>
      <Route index element={<RegisterPage />} />
      <Route path="themes" element={<ThemesPage />} />
      <Route path=":entryId" element={<EntryPage />} />
    </Routes>
  );
}
