/**
 * The «Формулы» tab's data: each custom function with its Russian and English names and arguments (from the ru-RU
 * metadata, whose parameter keys are the English names) and its example, the same one the README's table shows.
 */
import examplesData from "../core/data/function-examples.json";
import ruMetadata from "../functions/metadata.ru-RU.json";
import type { LocalizedFormula } from "../excel/insert-formula";

export interface FormulaArgument {
  russian: string;
  english: string;
  description: string;
}

export interface FormulaEntry {
  id: string;
  /** «=CDTO.БАЛЛ(сотрудников; обучено; шкала)», as a Russian Excel shows it. */
  russianSignature: string;
  /** «=CDTO.SCORE(employees, trained, bands)», as an English Excel shows it. */
  englishSignature: string;
  description: string;
  arguments: FormulaArgument[];
  example?: { formula: LocalizedFormula; result: string };
}

const NAMESPACE = "CDTO";
const examples: Record<string, { arguments: string[]; result: string } | undefined> = examplesData.examples;

type Metadata = Record<string, { name: string; description: string; parameters: Record<string, { name: string; description: string }> }>;

export const formulaEntries: FormulaEntry[] = Object.entries(ruMetadata as Metadata).map(([id, fn]) => {
  const args = Object.entries(fn.parameters).map(([english, p]) => ({ russian: p.name, english, description: p.description }));
  const example = examples[id];
  return {
    id,
    russianSignature: `=${NAMESPACE}.${fn.name}(${args.map((a) => a.russian).join("; ")})`,
    englishSignature: `=${NAMESPACE}.${id}(${args.map((a) => a.english).join(", ")})`,
    description: fn.description,
    arguments: args,
    ...(example
      ? {
          example: {
            // Separators differ by language: «,» in an English Excel, «;» in a Russian one.
            formula: { english: `=${NAMESPACE}.${id}(${example.arguments.join(",")})`, russian: `=${NAMESPACE}.${fn.name}(${example.arguments.join(";")})` },
            result: example.result,
          },
        }
      : {}),
  };
});
