/**
 * The pane's theme: Fluent's web light theme. The production build replaces this module with the theme's values
 * (scripts/build/inline-theme-loader.js), so the pane does not ship the colour palettes they are computed from.
 */
export { webLightTheme as paneTheme } from "@fluentui/react-components";
