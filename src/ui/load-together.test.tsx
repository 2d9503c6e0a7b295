// Parts that load their own data are shown together, once the last has it, so nothing moves.
import { act, render, screen } from '@testing-library/react';
import { StrictMode, useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOAD_TOGETHER_MAX_WAIT_MS, LoadTogether, useLoadingPart } from './load-together';

/** A part whose data arrives when `data` settles. */
function Part({ name, data }: { name: string; data: Promise<void> }) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void data.then(() => setLoaded(true));
  }, [data]);
  useLoadingPart(!loaded);
  return <p>{loaded ? `${name} with its data` : `${name} loading`}</p>;
}

function later(): { data: Promise<void>; arrive: () => void } {
  let arrive = () => {};
  const data = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { data, arrive };
}

function Plain() {
  return <p>Plain part</p>;
}

afterEach(() => {
  vi.useRealTimers();
});

const shown = (text: string) => screen.getByText(text).closest('[hidden]') === null;

describe('LoadTogether', () => {
  it('shows every part at once, when the last part has its data', async () => {
    const first = later();
    const second = later();
    await act(async () => {
      render(
        <StrictMode>
          <LoadTogether loadingText="Loading your settings…">
            <Part name="First" data={first.data} />
            <Plain />
            <Part name="Second" data={second.data} />
          </LoadTogether>
        </StrictMode>,
      );
    });
    expect(screen.getByRole('status').textContent).toBe('Loading your settings…');
    expect(shown('Plain part')).toBe(false);

    await act(async () => first.arrive());
    expect(shown('First with its data')).toBe(false);
    expect(screen.queryByRole('status')).not.toBeNull();

    await act(async () => second.arrive());
    expect(shown('First with its data')).toBe(true);
    expect(shown('Second with its data')).toBe(true);
    expect(shown('Plain part')).toBe(true);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows parts that need nothing straight away', async () => {
    // (In a browser before the first paint: the check runs before the task that rendered ends.)
    await act(async () => {
      render(
        <LoadTogether loadingText="Loading…">
          <Plain />
        </LoadTogether>,
      );
    });
    expect(shown('Plain part')).toBe(true);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('never keeps the page hidden: a part still loading after a while is shown as it is', () => {
    vi.useFakeTimers();
    render(
      <LoadTogether loadingText="Loading…">
        <Part name="Slow" data={later().data} />
      </LoadTogether>,
    );
    expect(shown('Slow loading')).toBe(false);
    act(() => vi.advanceTimersByTime(LOAD_TOGETHER_MAX_WAIT_MS));
    expect(shown('Slow loading')).toBe(true);
  });
});
