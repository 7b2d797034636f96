/** The build's two loaders that keep Fluent's token tables out of the pane: same values, fewer bytes. */
import { webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "fs";
import { join } from "path";
import { themeSource } from "../../scripts/build/inline-theme-loader";
import { inlineTokens } from "../../scripts/build/inline-tokens-loader";
import { REPO_ROOT } from "../support/seeds";

const FLUENT_IMPORT = 'import { tokens } from "@fluentui/react-theme";\n';

it("the inlined theme is Fluent's web light theme, value for value", () => {
  const { source } = themeSource();
  const prefix = "export const paneTheme = JSON.parse(";
  expect(source.startsWith(prefix)).toBe(true);
  const text: unknown = JSON.parse(source.slice(prefix.length).trim().replace(/\);$/, ""));
  if (typeof text !== "string") throw new Error("the theme is not given as JSON text");
  const theme: unknown = JSON.parse(text);
  expect(theme).toEqual(webLightTheme);
});

it("a read of a token becomes the CSS variable it stands for", () => {
  const source = `${FLUENT_IMPORT}const a = { color: tokens.colorNeutralForeground1, z: tokens.zIndexPopup };\nconst b = \`calc(\${tokens.strokeWidthThin} + 1px)\`;`;
  const out = inlineTokens(source);
  expect(out).toContain('color: "var(--colorNeutralForeground1)"');
  expect(out).toContain('z: "var(--zIndexPopup, 2000)"');
  expect(out).toContain('calc(${"var(--strokeWidthThin)"} + 1px)');
  expect(out).not.toMatch(/tokens\.\w/);
});

it("leaves alone what is not a read of Fluent's tokens", () => {
  const unknownName = `${FLUENT_IMPORT}const a = tokens.notAToken; const b = theme.tokens.colorBrandBackground; const c = mytokens.colorBrandBackground;`;
  expect(inlineTokens(unknownName)).toBe(unknownName);
  const ownTokens = "const tokens = { colorBrandBackground: 'red' }; const a = tokens.colorBrandBackground;";
  expect(inlineTokens(ownTokens)).toBe(ownTokens);
});

it("leaves no read of the token map in a real Fluent module", () => {
  const file = join(REPO_ROOT, "node_modules/@fluentui/react-button/lib/components/Button/useButtonStyles.styles.js");
  const source = readFileSync(file, "utf8");
  expect(source).toMatch(/tokens\.\w/);
  expect(inlineTokens(source)).not.toMatch(/(?<![\w$.])tokens\.\w/);
});
