// DOM test setup: one realm for cloned typed arrays, and a clean DOM after each test.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { installSameRealmStructuredClone } from './same-realm-clone';

installSameRealmStructuredClone();
afterEach(() => cleanup());
