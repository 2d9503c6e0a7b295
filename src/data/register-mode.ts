// Whether this device is in register mode ("I receive notifications for a partnership"). Kept
// apart from the register's repository so the shell can read it without loading the register.
import { REGISTER_MODE_SETTING } from '../domain/settings/setting-schemas';
import { useSetting } from './settings-repository';

export { REGISTER_MODE_SETTING } from '../domain/settings/setting-schemas';

/** Whether register mode is on; undefined while the setting loads. */
export function useRegisterMode(): boolean | undefined {
  const value = useSetting<unknown>(REGISTER_MODE_SETTING, false);
  return value === undefined ? undefined : value === true;
}
