export function startDemoServer(options?: { port?: number; host?: string }): Promise<{ url: string; close(): Promise<void> }>;
