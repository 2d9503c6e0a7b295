// The Settings page with the sections each feature contributes.
import { useEffect } from 'react';
import { loadVaultState } from '../data/vault-session';
import { SettingsPage } from '../features/settings/settings-page';
import { MyServiceSection } from '../features/settings/my-service-section';
import { VaultSettingsSection } from '../features/vault/vault-settings-section';
import { BackupSection } from '../features/backup/backup-section';
import { CalendarSection } from '../features/settings/calendar-section';
import { ExampleEscalationsSection } from '../features/escalations/example-escalations-section';
import { NotifySettingsSection } from '../features/notify/notify-settings-section';
import { RegisterSettingsSection } from '../features/register/register-settings-section';

export function SettingsRoute() {
  useEffect(() => {
    void loadVaultState();
  }, []);
  return (
    <SettingsPage>
      <MyServiceSection />
      <VaultSettingsSection />
      <CalendarSection />
      <NotifySettingsSection />
      <RegisterSettingsSection />
      <BackupSection />
      <ExampleEscalationsSection />
    </SettingsPage>
  );
}
