// The page paints before the app's code is fetched; then every file the app's start-up steps need is
// asked for at once, from the list the build wrote into the page (decision 0053).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  LINKS_PER_TASK,
  listedModules,
  nextTask,
  preloadListedModules,
  PRELOAD_META,
  runListedModules,
} from './first-paint';

function pageListing(content: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const meta = doc.createElement('meta');
  meta.name = PRELOAD_META;
  meta.content = content;
  doc.head.append(meta);
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe('the files the page lists', () => {
  it('are each preloaded as a module, once the app asks', async () => {
    const doc = pageListing('/assets/react-1.js /assets/app-2.js');
    expect(doc.querySelectorAll('link').length).toBe(0);
    await preloadListedModules(doc);
    const links = [...doc.querySelectorAll('link')];
    expect(links.map((link) => [link.rel, link.getAttribute('href')])).toEqual([
      ['modulepreload', '/assets/react-1.js'],
      ['modulepreload', '/assets/app-2.js'],
    ]);
    // Same credentials mode as the module scripts that then import them, or the preload is wasted.
    expect(links.every((link) => link.getAttribute('crossorigin') === '')).toBe(true);
  });

  it('are none on a page without the list (the development server)', () => {
    expect(listedModules(document.implementation.createHTMLDocument('dev'))).toEqual([]);
    expect(
      listedModules(pageListing(' https://elsewhere.example/x.js  //elsewhere.example/y.js')),
    ).toEqual([]);
  });

  it('are asked for a few per task, so no one task starts them all', async () => {
    const files = Array.from({ length: 12 }, (_, i) => `/assets/part-${i}.js`);
    const doc = pageListing(files.join(' '));
    const preloading = preloadListedModules(doc);
    expect(doc.querySelectorAll('link').length).toBe(LINKS_PER_TASK);
    await nextTask();
    expect(doc.querySelectorAll('link').length).toBe(2 * LINKS_PER_TASK);
    await preloading;
    expect([...doc.querySelectorAll('link')].map((link) => link.getAttribute('href'))).toEqual(
      files,
    );
  });
});

describe('running the listed files', () => {
  it('runs each in the order listed, a task apart, and goes on past one that fails', async () => {
    const doc = pageListing('/assets/leaf-1.js /assets/broken-2.js /assets/page-3.js');
    const events: string[] = [];
    const load = vi.fn(async (file: string) => {
      events.push(`run ${file}`);
      if (file.includes('broken')) throw new Error('404');
    });
    const running = runListedModules(doc, load);
    // Between two files the browser gets a task of its own (here: this one's message).
    const between = nextTask().then(() => events.push('another task'));
    await Promise.all([running, between]);
    expect(load.mock.calls.map(([file]) => file)).toEqual([
      '/assets/leaf-1.js',
      '/assets/broken-2.js',
      '/assets/page-3.js',
    ]);
    expect(events.indexOf('another task')).toBeGreaterThan(0);
    expect(events.indexOf('another task')).toBeLessThan(events.length - 1);
  });
});

describe('waiting for the first paint', () => {
  it('waits for the next frame to be drawn', async () => {
    let frame: FrameRequestCallback = () => undefined;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frame = callback;
      return 1;
    });
    let painted = false;
    const waiting = afterFirstPaint().then(() => (painted = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(painted).toBe(false);
    frame(performance.now());
    await waiting;
    expect(painted).toBe(true);
  });

  it('does not wait on a hidden page, which draws no frames', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    await afterFirstPaint();
    expect(frame).not.toHaveBeenCalled();
  });
});
