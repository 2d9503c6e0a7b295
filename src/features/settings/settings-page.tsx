// Settings: how records are kept on this device. Other features add their own sections (composed
// in src/app), so this page does not import them. The sections load their data separately and are
// shown together once all have it, so the page does not grow section by section under the reader.
import type { ReactNode } from 'react';
import { LoadTogether } from '../../ui/load-together';
import { usePageTitle } from '../../ui/page-title';
import { StorageSection } from './storage-section';

export function SettingsPage({ children }: { children?: ReactNode }) {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <LoadTogether loadingText="Loading your settings…">
        {children}
        <StorageSection />
      </LoadTogether>
    </>
  );
}
