// Settings: how records are kept on this device. Other features add their own sections (composed
// in src/app), so this page does not import them.
import type { ReactNode } from 'react';
import { usePageTitle } from '../../ui/page-title';
import { StorageSection } from './storage-section';

export function SettingsPage({ children }: { children?: ReactNode }) {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      {children}
      <StorageSection />
    </>
  );
}
