import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-demo/", "dist-cli/", "node_modules/", "coverage/", "test-artifacts/", ".tmp/"] },
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // The core is pure: no Office, Excel, CustomFunctions, DOM or exceljs.
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"],
      "no-restricted-imports": ["error", { patterns: ["exceljs", "react*", "@fluentui/*", "node:*", "fs", "path"] }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node }, sourceType: "module" },
  },
  {
    files: ["**/*.js"],
    ignores: ["eslint.config.mjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
);
