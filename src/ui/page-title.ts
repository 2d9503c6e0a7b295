// Sets the document title for a page, so screen-reader users and tab lists know where they are.
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Escalate` : 'Escalate';
  }, [title]);
}
