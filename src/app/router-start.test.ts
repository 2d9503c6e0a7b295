// main.tsx does, in tasks of their own, what the router does slowly when it is made; the router must
// then find it done and not do it again (else the split buys nothing).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserRouter } from 'react-router';
import { recordHistoryIndex, warmSessionStorage } from './router-start';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '');
});

const routes = [{ path: '/', element: null }];

describe('recording the page’s place in history before the router is made', () => {
  it('writes idx 0 and keeps what the state held', () => {
    window.history.replaceState({ kept: 'yes' }, '');
    recordHistoryIndex();
    expect(window.history.state).toEqual({ kept: 'yes', idx: 0 });
  });

  it('leaves a state that has a place alone (a reload, back or forward)', () => {
    window.history.replaceState({ idx: 3 }, '');
    const replace = vi.spyOn(window.history, 'replaceState');
    recordHistoryIndex();
    expect(replace).not.toHaveBeenCalled();
  });

  it('is what the router would have written, so the router writes nothing', () => {
    recordHistoryIndex();
    const replace = vi.spyOn(window.history, 'replaceState');
    createBrowserRouter(routes).dispose();
    expect(replace).not.toHaveBeenCalled();
  });

  it('is needed: without it the router writes the state itself', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    createBrowserRouter(routes).dispose();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.history.state).toMatchObject({ idx: 0 });
  });
});

describe('warming sessionStorage', () => {
  it('reads it once and stores nothing', () => {
    const storage = { getItem: vi.fn(() => null), setItem: vi.fn() };
    warmSessionStorage(() => storage as unknown as Storage);
    expect(storage.getItem).toHaveBeenCalledTimes(1);
    expect(storage.setItem).not.toHaveBeenCalled();
  });

  it('copes when storage is turned off', () => {
    expect(() =>
      warmSessionStorage(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).not.toThrow();
  });
});
