/**
 * Custom-function throughput through the entry points the built bundle registers, loaded into this very context
 * (a vm context of its own made every call several times slower than Excel runs it) and compared in the same
 * process with a bare loop computing the same score.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { nowMs, summary } from "./stats.mjs";

export const SCORE_ROWS = 100_000;

/** The bands of protocol appendix 1 (lower bound of the share, score): what the bare loop computes with. */
const BANDS = [
  { lower: 0.02, score: 0.5 },
  { lower: 0.05, score: 1.5 },
  { lower: 0.1, score: 2 },
  { lower: 0.2, score: 3 },
  { lower: 0.5, score: 5 },
];

/** SCORE with nothing around it: the floor any wrapper is measured against. Spills the same [[score]] rows. */
function bareScore(employees, trained) {
  const out = new Array(employees.length);
  for (let r = 0; r < employees.length; r++) {
    const share = trained[r][0] / employees[r][0];
    let score = 0;
    for (let b = 0; b < BANDS.length; b++) if (share >= BANDS[b].lower) score = BANDS[b].score;
    out[r] = [score];
  }
  return out;
}

function loadBundle(dist) {
  const registry = {};
  class FunctionError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  globalThis.CustomFunctions = {
    associate: (id, fn) => (registry[id] = fn),
    Error: FunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  };
  globalThis.self ??= globalThis; // the bundle's chunk loader refers to self, as in a page
  runInThisContext(readFileSync(join(dist, "functions.js"), "utf8"), { filename: "functions.js" });
  return registry;
}

function column(rows, value) {
  return Array.from({ length: rows }, (_, i) => [value(i)]);
}

/**
 * Ms a call takes: `runs` calls each, alternating so that all meet the same machine, in an order reversed every other
 * round (A B, B A, …): neither is always the one that runs first in a round, nor always the one that collects the
 * garbage the other left.
 */
function alternate(runs, calls) {
  const times = calls.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < calls.length; k++) {
      const c = i % 2 ? calls.length - 1 - k : k;
      const start = nowMs();
      calls[c]();
      times[c].push(nowMs() - start);
    }
  }
  return times.map(summary);
}

export function benchFunctions(dist, { runs = 81 } = {}) {
  const registry = loadBundle(dist);
  const employees = column(SCORE_ROWS, (i) => 10 + (i % 300));
  const trained = employees.map(([e], i) => [i % (e + 1)]);
  const viaFunction = () => registry.SCORE(employees, trained, null);
  const bare = () => bareScore(employees, trained);
  const got = viaFunction();
  const expected = bare();
  const differs = expected.findIndex((row, r) => row[0] !== got[r][0]);
  if (differs >= 0) throw new Error(`SCORE and the bare loop disagree at row ${differs + 1}: ${got[differs][0]} vs ${expected[differs][0]}`);
  for (let i = 0; i < 5; i++) viaFunction(), bare(); // warm-up: both compiled before timing
  const [score, loop] = alternate(runs, [viaFunction, bare]);

  // Other functions over a column, for the record (rows a second).
  const ROWS = 10_000;
  const years = column(ROWS, (i) => 2021 + (i % 4));
  const values = column(ROWS, (i) => (i % 7 === 0 ? "x" : (i % 100) / 100));
  const same = (value) => column(ROWS, () => value);
  const e10 = employees.slice(0, ROWS);
  const t10 = trained.slice(0, ROWS);
  const others = {
    NEXTBAND: () => registry.NEXTBAND(e10, t10, null),
    CZTARGET: () => registry.CZTARGET(years),
    CZAVG: () => registry.CZAVG(values),
    TARGET: () => registry.TARGET(same("7.1"), same(1), same(2022)),
    GAP: () => registry.GAP(values, same("Образование и наука"), same("цифрового профиля"), same(2023)),
  };
  const rowsPerSecond = {};
  for (const [name, call] of Object.entries(others)) {
    call();
    const [time] = alternate(11, [call]);
    rowsPerSecond[name] = Math.round(ROWS / (time.median / 1000));
  }
  return {
    rows: SCORE_ROWS,
    scoreMs: score,
    bareLoopMs: loop,
    scoreOverBareLoop: score.median / loop.median,
    rowsPerSecond: { SCORE: Math.round(SCORE_ROWS / (score.median / 1000)), ...rowsPerSecond },
  };
}
