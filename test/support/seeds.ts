/** Reads the seed documents committed under data/sources, so domain cases come from the source, not retyped. */
import { readFileSync } from "fs";
import { join } from "path";

export const REPO_ROOT = join(__dirname, "../..");

export function protocolText(): string {
  return readFileSync(join(REPO_ROOT, "data/sources/protocol-2021-09-02.txt"), "utf8");
}

export interface RatedBody {
  n: number;
  name: string;
  employees: number;
  trained: number;
  printedPercent: number;
  printedScore: number;
}

/** The 30 rows of appendix 1: «№ \t body \t employees \t trained \t % \t score». */
export function appendix1Bodies(): RatedBody[] {
  const rows = [...protocolText().matchAll(/^(\d+)\t([^\t]+)\t(\d+)\t(\d+)\t([\d.]+)\t(\d+,\d)$/gm)];
  return rows.map((m) => ({
    n: Number(m[1]),
    name: m[2].trim(),
    employees: Number(m[3]),
    trained: Number(m[4]),
    printedPercent: Number(m[5]),
    printedScore: Number(m[6].replace(",", ".")),
  }));
}

/** The footnote «5,0 - обучено 50 – 100,00%»: printed lower bound (%) and score per band. */
export function appendix1Bands(): { lowerPercent: number; score: number }[] {
  const rows = [...protocolText().matchAll(/^(\d+(?:,\d)?) [-–] обучено (\d+) [-–] [\d,]+%$/gm)];
  return rows.map((m) => ({ score: Number(m[1].replace(",", ".")), lowerPercent: Number(m[2]) }));
}

/** Appendix 3's row «Среднее значение показателя ЦЗ, декомпозированное…\t28%\t33%…» with the year header above it. */
export function appendix3RegionalTargets(): Record<string, number> {
  const text = protocolText();
  const years = /^X\t(\d{4})\t(\d{4})\t(\d{4})\t(\d{4})$/m.exec(text);
  const values = /^Среднее значение показателя ЦЗ[^\t]*\t(\d+)%\t(\d+)%\t(\d+)%\t(\d+)%$/m.exec(text);
  if (!years || !values) throw new Error("appendix 3 header or regional row not found in the protocol");
  return Object.fromEntries(years.slice(1).map((year, i) => [year, Number(values[i + 1])]));
}
