// The Content-Security-Policy: the app talks to nothing but its own origin (DESIGN.md §5).
/**
 * @param {{ meta?: boolean }} [options] meta: the variant for a <meta> tag, which cannot carry frame-ancestors.
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'self' blob:",
    // The PDF viewer shows a notification opened for printing from a blob: URL as an embedded object.
    "object-src 'self' blob:",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (!options.meta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}
