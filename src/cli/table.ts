/** Plain-text tables for a terminal: columns padded to their widest cell, long cells cut with «…». */
export function renderTable(rows: readonly (readonly string[])[], maxWidths: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.min(Math.max(widths[c] ?? 0, cell.length), maxWidths[c] ?? Infinity)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => {
          const max = widths[c];
          const text = cell.length > max ? `${cell.slice(0, Math.max(0, max - 1))}…` : cell;
          return c === row.length - 1 ? text : text.padEnd(max);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
