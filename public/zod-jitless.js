// Runs before the app's modules (a deferred classic script ahead of the module script in
// index.html). zod compiles fast object parsers with `new Function` after probing whether it may,
// and decides per schema when the schema is built; our Content-Security-Policy forbids eval, so
// the probe alone is reported as a violation. zod reads its settings from this global, so setting
// jitless here holds for every schema in every chunk, whatever order the chunks load in.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
