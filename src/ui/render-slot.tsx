// A place in one feature's page where the app can put something another feature provides (features
// never import each other; the app fills the slot).
import { createContext, useContext, type ReactNode } from 'react';

export function createRenderSlot<P>() {
  const Context = createContext<((props: P) => ReactNode) | null>(null);
  return {
    Provider: Context.Provider,
    /** Renders what the app put in the slot, or nothing. */
    Slot(props: P) {
      const render = useContext(Context);
      return <>{render ? render(props) : null}</>;
    },
  };
}

/** Extra actions on a policy guide's header (the app puts the blank notification form here). */
export const guideHeaderActions = createRenderSlot<{ packId: string }>();

/** Extra sections on an escalation record page (the app puts the notification here). */
export const recordPageSections = createRenderSlot<{ escalationId: string; status: string }>();
