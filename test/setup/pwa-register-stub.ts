// Stands in for vite-plugin-pwa's virtual module in unit tests (tests replace it with vi.mock).
import { useState } from 'react';

export function useRegisterSW() {
  return {
    needRefresh: useState(false),
    offlineReady: useState(false),
    updateServiceWorker: async () => {},
  };
}
