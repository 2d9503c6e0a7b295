// zod on its own: main.tsx evaluates it in a task of its own before the app, rather than as part of
// one long task evaluating the app's code (decision 0047). The build puts zod in a file of its own;
// loading this module evaluates that file. It names one small part of zod so the rest stays
// tree-shaken (a dynamic `import('zod')` would keep all of zod, its locales included).
import { ZodType } from 'zod';

/** True once zod is evaluated: always, when this module has loaded. */
export const schemaLibraryReady = typeof ZodType === 'function';
