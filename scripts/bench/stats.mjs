/** Medians and ranges of repeated timings: one slow run (a GC pause, another process) must not move a figure. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summary(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

export function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Milliseconds one call takes, repeated until it has run at least `minMs` (tiny calls are timed in batches). */
export function timeCall(call, minMs = 5) {
  let repeats = 1;
  for (;;) {
    const start = nowMs();
    for (let i = 0; i < repeats; i++) call();
    const elapsed = nowMs() - start;
    if (elapsed >= minMs) return elapsed / repeats;
    repeats *= elapsed > 0 ? Math.min(10, Math.ceil((minMs * 1.2) / elapsed)) : 10;
  }
}
