export function themeSource(): { tokensPath: string; source: string };
