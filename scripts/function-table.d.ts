interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean }[] }[];
}
export function functionTable(english: Metadata, russian: Metadata): string;
export function replaceTable(readme: string, table: string): string;
export const EXAMPLES: Record<string, [string, string]>;
