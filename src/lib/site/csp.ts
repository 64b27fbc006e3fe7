/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` tag (docs/architecture.md, "Hosting"): nothing from another
 * origin, no inline script or style (so no `style=` attribute either), no plugins, no `<base>`. It is written by
 * hand rather than by Astro's `security.csp`, which exists to hash inline scripts and styles: this site has none
 * (`build.inlineStylesheets: 'never'`, and the search page's scripts are files), so 'self' is the whole policy, the
 * same on every page, and it works from file:// in Chromium (the end-to-end suite reads
 * every page from disk and fails on any console error, a policy violation included).
 *
 * Directives that a `<meta>` policy ignores (frame-ancestors, report-uri, sandbox) are left out: Chromium logs a
 * console error for each.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
