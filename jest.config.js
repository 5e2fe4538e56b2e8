/** Jest: unit and adapter tests in Node, component tests in jsdom (per-file docblock). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }],
    // pdfjs-dist ships ES modules only.
    "^.+\\.mjs$": "<rootDir>/test/support/esm-transform.cjs",
  },
  transformIgnorePatterns: ["/node_modules/(?!pdfjs-dist/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/asset-stub.js",
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/jest-setup.ts"],
  testTimeout: 30000,
};
