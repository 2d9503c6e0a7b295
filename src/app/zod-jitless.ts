// zod compiles fast object parsers with `new Function`, after first probing whether it may. Our
// Content-Security-Policy forbids eval, so the probe alone is reported as a CSP violation in every
// engine. jitless mode skips both. It must run before any schema is built (zod decides then), so
// main.tsx imports this module first.
import { z } from 'zod';

z.config({ jitless: true });
