// DOM test setup: one realm for cloned typed arrays, patient async queries (the pages decrypt with
// real WebCrypto on a 2-core machine), scrolling that does nothing, and a clean DOM after each test.
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { installSameRealmStructuredClone } from './same-realm-clone';

installSameRealmStructuredClone();
// jsdom cannot lay out, so it has no scrollIntoView: here it does nothing. A test that checks what
// a page brings into view spies on it.
Element.prototype.scrollIntoView ??= function scrollIntoView() {
  // Nothing to scroll without a layout.
};
configure({ asyncUtilTimeout: 5000 });
afterEach(() => cleanup());
