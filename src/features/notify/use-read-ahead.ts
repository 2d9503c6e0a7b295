// Reads every field's text with the anonymiser before the review first draws, one field per task,
// so the page stays responsive and can show how far it has got. Read inside the review's first
// render, a long record held a phone's page still for seconds with no sign of progress. After that
// first drawing, a field the reviewer edits is read as it changes (one field, quickly).
import { useEffect, useMemo, useState } from 'react';
import type { Proposer } from '../../domain/redaction/proposals';

/** How many of the texts have been read; null once all have, and from then on. */
export interface ReadingProgress {
  read: number;
  total: number;
}

/** `texts`: the fields' texts, or undefined until the review is loaded. */
export function useReadAhead(
  propose: Proposer,
  texts: readonly string[] | undefined,
): ReadingProgress | null {
  const [done, setDone] = useState(false);
  const [, setRead] = useState(0);
  const key = texts?.join('\u0000');
  const pending = useMemo(() => key?.split('\u0000'), [key]);
  const unread = pending?.filter((text) => !propose.knows(text)).length ?? 0;
  const reading = !done && pending !== undefined && unread > 0;

  // Latched as soon as every text has been read once (state set while rendering, as React allows
  // for state that follows from props): later edits are read as they render.
  if (!done && pending !== undefined && unread === 0) setDone(true);

  useEffect(() => {
    if (!reading || !pending) return;
    let timer: ReturnType<typeof setTimeout>;
    const readNext = () => {
      const text = pending.find((candidate) => !propose.knows(candidate));
      if (text === undefined) return;
      propose(text);
      setRead((count) => count + 1);
      timer = setTimeout(readNext);
    };
    // A task of its own even for the first text, so the page draws its progress line first.
    timer = setTimeout(readNext);
    return () => clearTimeout(timer);
  }, [reading, pending, propose]);

  if (!reading || !pending) return null;
  return { read: pending.length - unread, total: pending.length };
}
