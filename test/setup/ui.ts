// DOM test helpers: jest-dom-free, so assertions use Testing Library queries and plain expect.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
