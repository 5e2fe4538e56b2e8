/**
 * Jest setup for every test file. In jsdom tests, React Testing Library's `findBy…`/`waitFor` wait up to 5 s (not
 * the default 1 s): Fluent UI dialogs mount through several renders, and on a busy 2-core machine that can take
 * longer than a second without anything being wrong.
 */
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/react") as typeof import("@testing-library/react");
  configure({ asyncUtilTimeout: 5000 });
}
