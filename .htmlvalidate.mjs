/**
 * html-validate over every built page (tests/e2e/site.spec.ts; also `npx html-validate dist`): the standard preset,
 * as README "Checks on the built site" says, plus rules the site's own promises imply.
 */
export default {
  extends: ['html-validate:standard'],
  rules: {
    // The Content-Security-Policy forbids inline styles (src/lib/site/csp.ts): a style attribute would be blocked.
    'no-inline-style': 'error',
    // Every heading level in order, and one h1 per page: the pages are read by outline.
    'heading-level': 'error',
    // A button says what it does: one without a type inside a form submits it, whatever it looks like.
    'no-implicit-button-type': 'error',
  },
};
