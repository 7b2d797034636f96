export const DEV_ORIGIN: string;
export function deploymentOrigin(): string;
export function withOrigin(text: string, origin: string): string;
