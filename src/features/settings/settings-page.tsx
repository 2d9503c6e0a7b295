// Settings: how records are kept on this device.
import { usePageTitle } from '../../ui/page-title';
import { StorageSection } from './storage-section';

export function SettingsPage() {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <StorageSection />
    </>
  );
}
