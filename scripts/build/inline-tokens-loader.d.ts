export function inlineTokens(source: string): string;
