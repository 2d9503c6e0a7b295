// The Register section's pages, once a register from before schema version 5 has been indexed.
import { useEffect, useState } from 'react';
import { Route, Routes } from 'react-router';
import { indexRegisterIfNeeded } from '../../data/register-counts';
import { EntryPage } from './entry-page';
import { RegisterPage } from './register-page';
import { ThemesPage } from './themes-page';

export function RegisterRoutes() {
  const [indexing, setIndexing] = useState<'working' | 'done' | 'failed'>('working');
  useEffect(() => {
    let live = true;
    indexRegisterIfNeeded().then(
      () => live && setIndexing('done'),
      () => live && setIndexing('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  if (indexing === 'working') return <p role="status">Opening the register…</p>;
  if (indexing === 'failed')
    return (
      <p role="alert">
        The register could not be made ready on this device. Reload the page to try again; nothing
        in it has been lost.
      </p>
    );
  return (
    <Routes>
      <Route index element={<RegisterPage />} />
      <Route path="themes" element={<ThemesPage />} />
      <Route path=":entryId" element={<EntryPage />} />
    </Routes>
  );
}
