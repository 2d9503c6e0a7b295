// DOM test setup: one realm for cloned typed arrays, patient async queries (the pages decrypt with
// real WebCrypto on a 2-core machine), and a clean DOM after each test.
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { installSameRealmStructuredClone } from './same-realm-clone';

installSameRealmStructuredClone();
configure({ asyncUtilTimeout: 5000 });
afterEach(() => cleanup());
