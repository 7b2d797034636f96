/**
 * The functions as the build registers them: the same generator the webpack plugin runs gives the metadata and the
 * associate mapping (id -> exported function); each id is then bound to the function the build would associate.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";
import { FUNCTION_FILES } from "../../scripts/function-files";
import { REPO_ROOT } from "./seeds";

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
  result: { type?: string; dimensionality?: string };
}


export async function registeredFunctions() {
  const files = FUNCTION_FILES.map((file) => join(REPO_ROOT, file));
  const result = await generateCustomFunctionsMetadata(files, true);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const metadata = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
  const byId: Record<string, (...args: unknown[]) => unknown> = {};
  for (const item of result.associate) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(item.sourceFileName) as Record<string, (...args: unknown[]) => unknown>;
    byId[item.id] = module[item.functionName];
  }
  return { metadata, metadataJson: result.metadataJson, byId };
}
