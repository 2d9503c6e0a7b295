// The anonymiser reads a review's fields one per task before the review first draws, saying how far
// it has got; once all are read the review draws, and later edits never bring the progress back.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Proposals, Proposer } from '../../domain/redaction/proposals';
import { useReadAhead } from './use-read-ahead';

/** A proposer that records which texts it read, and when. */
function fakeProposer(): Proposer & { reads: string[] } {
  const cache = new Map<string, Proposals>();
  const reads: string[] = [];
  const propose = (text: string): Proposals => {
    let found = cache.get(text);
    if (!found) {
      reads.push(text);
      found = { findings: [], failed: false };
      cache.set(text, found);
    }
    return found;
  };
  return Object.assign(propose, { knows: (text: string) => cache.has(text), reads });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('reading the fields before the review draws', () => {
  it('reads one field per task, counting as it goes, then reports nothing more', async () => {
    const propose = fakeProposer();
    const texts = ['Met the family at home.', 'Called the school.', 'Strategy meeting refused.'];
    const { result } = renderHook(() => useReadAhead(propose, texts));
    // Nothing read in the render itself: the page can draw its progress line first.
    expect(result.current).toEqual({ read: 0, total: 3 });
    expect(propose.reads).toEqual([]);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(propose.reads).toEqual([texts[0]]);
    expect(result.current).toEqual({ read: 1, total: 3 });
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(result.current).toEqual({ read: 2, total: 3 });
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(result.current).toBeNull();
    expect(propose.reads).toEqual(texts);
  });

  it('waits for the texts, and reads nothing again that was read before', async () => {
    const propose = fakeProposer();
    propose('Called the school.');
    const { result, rerender } = renderHook(({ texts }) => useReadAhead(propose, texts), {
      initialProps: { texts: undefined as string[] | undefined },
    });
    expect(result.current).toBeNull();
    rerender({ texts: ['Called the school.', 'Home visit.'] });
    expect(result.current).toEqual({ read: 1, total: 2 });
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toBeNull();
    expect(propose.reads).toEqual(['Called the school.', 'Home visit.']);
  });

  it('never shows the progress again once the review has drawn: an edited field is read as it renders', async () => {
    const propose = fakeProposer();
    const { result, rerender } = renderHook(({ texts }) => useReadAhead(propose, texts), {
      initialProps: { texts: ['Home visit.'] },
    });
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toBeNull();
    rerender({ texts: ['Home visit on Tuesday.'] });
    expect(result.current).toBeNull();
    await act(() => vi.runAllTimersAsync());
    expect(propose.reads).toEqual(['Home visit.']);
  });

  it('draws at once when every field was read before it opened', () => {
    const propose = fakeProposer();
    propose('Home visit.');
    const { result } = renderHook(() => useReadAhead(propose, ['Home visit.']));
    expect(result.current).toBeNull();
  });
});
