// ESLint for `npm run lint` (office-addin-lint check, which picks up this file): the Office add-in rules of
// eslint-plugin-office-addins (load before read, sync before read, no sync in loops, isNullObject checks) and React,
// over src/. Formatting is not linted (the repository has no Prettier convention), so prettier/prettier is off.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import globals from "globals";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "test-output/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      "prettier/prettier": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // TypeScript checks names; ESLint's no-undef does not know type-only globals.
      "no-undef": "off",
      // The JSX runtime needs no React import.
      "react/react-in-jsx-scope": "off",
      // Types, not prop-types.
      "react/prop-types": "off",
    },
  },
  {
    // Only src/workbook/office*.ts talks to Excel (DESIGN.md); elsewhere `.value`/`.load` belong to other libraries
    // (exceljs, docx) and the Office.js batching rules would misfire.
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    ignores: ["src/workbook/office*.ts"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
];
