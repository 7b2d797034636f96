/** Queues a fill plan on a worksheet (no sync here): restore, then paint, each name written before its cell is painted. */
import type { FillPlan } from "./fill-marks";

export function queueFills(sheet: Excel.Worksheet, plan: FillPlan): void {
  for (const mark of plan.restore) {
    const fill = sheet.getRange(mark.address).format.fill;
    if (mark.original === null) fill.clear();
    else fill.color = mark.original;
    // Deleted only after the cell is back: a batch cut short between the two leaves a name to restore from again.
    if (mark.name !== "") sheet.names.getItem(mark.name).delete();
  }
  for (const { address, colour, name } of plan.paint) {
    if (name) sheet.names.add(name.name, sheet.getRange(address), name.comment).visible = false;
    sheet.getRange(address).format.fill.color = colour;
  }
}

/** The fill as it should be remembered: a cell without fill is null, an explicit white stays white. */
export function fillOf(cell: Excel.CellProperties | undefined): string | null {
  const fill = cell?.format?.fill;
  if (!fill || fill.pattern === "None" || fill.color === undefined) return null;
  // Without a pattern (an older Excel) white and no fill cannot be told apart: no fill is the likelier.
  if (fill.pattern === undefined && fill.color.toUpperCase() === "#FFFFFF") return null;
  return fill.color.toUpperCase();
}
