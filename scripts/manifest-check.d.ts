export function checkManifest(xmlText: string, origin: string): Promise<string[]>;
