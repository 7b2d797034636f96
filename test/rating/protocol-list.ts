/** Parser of the protocol's printed list 2.1 «Органы власти, которым необходимо обучить всего 1 сотрудника…». */
import { protocolText } from "../support/seeds";

export interface PrintedRecommendation {
  name: string;
  /** «+ 2 балла к рейтингу» on the body's own line or on the nearest line above it. */
  gain: number;
}

const START = /^2\.1\. Органы власти, которым необходимо обучить всего 1 сотрудника/;
const GAIN = /^\+\s*(\d+(?:,\d+)?)\s+балл/;

/** Lines «body\t[+ N балл… к рейтингу]» from the heading of 2.1 to the first blank line after its entries. */
export function printedList21(text: string = protocolText()): PrintedRecommendation[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => START.test(line));
  if (start < 0) throw new Error("list 2.1 not found in the protocol");
  const entries: PrintedRecommendation[] = [];
  let gain: number | undefined;
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") {
      if (entries.length > 0) break;
      continue;
    }
    const [name, mark = ""] = line.split("\t");
    const printed = GAIN.exec(mark.trim());
    if (printed) gain = Number(printed[1].replace(",", "."));
    if (gain === undefined) throw new Error(`list 2.1: no gain printed above «${name}»`);
    entries.push({ name: name.trim(), gain });
  }
  return entries;
}
