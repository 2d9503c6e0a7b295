// Sets the document title for a page, so screen-reader users and tab lists know where they are.
// A layout effect, so the title changes in the same commit as the page's heading: nobody (a
// screen reader announcing the page, or a test reading it) sees the new heading under the old title.
import { useLayoutEffect } from 'react';

export function usePageTitle(title: string): void {
  useLayoutEffect(() => {
    document.title = title ? `${title} – Escalate` : 'Escalate';
  }, [title]);
}
