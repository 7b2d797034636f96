/**
 * Writes src/core/rating/sample-bodies.json: the 30 bodies of appendix 1 of the protocol of 2021-09-02
 * (name, employees, trained), read from data/sources/protocol-2021-09-02.txt so the sample is never retyped.
 * Run: npx tsx scripts/rating/extract-sample.ts   (test/rating/sample-bodies.test.ts re-extracts and compares)
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";

export const PROTOCOL_PATH = join(__dirname, "../../data/sources/protocol-2021-09-02.txt");
export const SAMPLE_PATH = join(__dirname, "../../src/core/rating/sample-bodies.json");

export interface SampleBody {
  n: number;
  name: string;
  employees: number;
  trained: number;
}

export interface SampleFile {
  source: string;
  bodies: SampleBody[];
}

/** Table rows «№ \t body \t employees \t trained \t % \t score» of appendix 1. */
const ROW = /^(\d+)\t([^\t]+)\t(\d+)\t(\d+)\t[\d.]+\t\d+,\d$/gm;

export function extractSample(protocol: string): SampleFile {
  const bodies = [...protocol.matchAll(ROW)].map((m) => ({
    n: Number(m[1]),
    name: m[2].trim(),
    employees: Number(m[3]),
    trained: Number(m[4]),
  }));
  if (bodies.length === 0 || bodies.some((b, i) => b.n !== i + 1)) {
    throw new Error(`appendix 1: expected rows numbered 1..N, got ${bodies.map((b) => b.n).join(",")}`);
  }
  return { source: "Протокол от 02.09.2021, приложение 1, раздел 1 (сгенерировано scripts/rating/extract-sample.ts)", bodies };
}

export function sampleJson(protocol: string): string {
  return `${JSON.stringify(extractSample(protocol), null, 2)}\n`;
}

function main(): void {
  writeFileSync(SAMPLE_PATH, sampleJson(readFileSync(PROTOCOL_PATH, "utf8")), "utf8");
  console.log(`written ${SAMPLE_PATH}`);
}

// Run only as a script, not when a test imports the parser.
if (process.argv[1] && /extract-sample\.ts$/.test(process.argv[1])) main();
