// A page made of parts that each load their own data (Settings) shows them all at once, when the
// last has its data, instead of growing part by part under the reader: nothing moves after it is
// drawn (no layout shift, CLS). Each part says while it is still loading with useLoadingPart().
import {
  createContext,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

type Report = (part: string, loading: boolean) => void;

const GroupContext = createContext<Report | null>(null);

/** Parts still loading after this long are shown anyway, as they are, so nothing is kept hidden. */
export const LOAD_TOGETHER_MAX_WAIT_MS = 3000;

export function LoadTogether({
  loadingText,
  children,
}: {
  loadingText: string;
  children: ReactNode;
}) {
  const loading = useRef(new Set<string>());
  // Once shown, the parts stay shown: a part that loads again later (a choice the user made) is
  // the user's doing, and hiding the whole page then would be worse than a part changing.
  const [shown, setShown] = useState(false);
  // Checked a moment later, when every part has said where it stands: React's development checks
  // unmount and mount the parts (and this group) once more, in an order of React's choosing.
  const showIfNoneLoading = useCallback(() => {
    queueMicrotask(() => {
      if (loading.current.size === 0) setShown(true);
    });
  }, []);
  const report = useCallback<Report>(
    (part, isLoading) => {
      if (isLoading) loading.current.add(part);
      else if (loading.current.delete(part)) showIfNoneLoading();
    },
    [showIfNoneLoading],
  );
  useLayoutEffect(() => {
    showIfNoneLoading();
    const timer = setTimeout(() => setShown(true), LOAD_TOGETHER_MAX_WAIT_MS);
    return () => clearTimeout(timer);
  }, [showIfNoneLoading]);
  return (
    <GroupContext.Provider value={report}>
      {!shown && <p role="status">{loadingText}</p>}
      <div hidden={!shown}>{children}</div>
    </GroupContext.Provider>
  );
}

/** Holds the enclosing LoadTogether back while `isLoading`; does nothing outside one. */
export function useLoadingPart(isLoading: boolean): void {
  const report = useContext(GroupContext);
  const part = useId();
  useLayoutEffect(() => {
    report?.(part, isLoading);
  }, [report, part, isLoading]);
  useLayoutEffect(() => () => report?.(part, false), [report, part]);
}
