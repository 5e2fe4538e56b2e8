/**
 * Jest transform for the ES modules of pdfjs-dist (Jest runs CommonJS): esbuild turns them into CommonJS once, and
 * Jest caches the result (keyed by this file, the path and the source). The importer loads the library with `import()`, which ts-jest turns into `require()`.
 */
"use strict";
const { transformSync } = require("esbuild");
const { pathToFileURL } = require("url");
const { createHash } = require("crypto");
const { readFileSync } = require("fs");

const SELF = readFileSync(__filename);

module.exports = {
  getCacheKey(source, filename) {
    return createHash("sha1").update(SELF).update(filename).update(source).digest("hex");
  },
  process(source, filename) {
    // Jest's sandbox gives modules a copy of `process` whose string form is not "[object process]", so the library
    // would take itself for a browser; it runs in Node here.
    source = source.replace(/const isNodeJS = typeof process === "object" && process \+ "" === "\[object process\]"/, "const isNodeJS = typeof process === \"object\"");
    // import.meta.url is how the library finds its Node helpers (createRequire): the file's own URL.
    source = source.replace(/import\.meta\.url/g, JSON.stringify(pathToFileURL(filename).href));
    const { code } = transformSync(source, {
      format: "cjs",
      loader: "js",
      target: "node20",
      sourcefile: filename,
      logLevel: "silent",
    });
    return { code };
  },
};
