/** Asks Excel to compute every formula again (after the edition changed, the add-in's functions give other values). One sync. */
import { saying } from "./action-error";
import { runExcel } from "./run";

export async function recalculate(): Promise<{ syncs: number }> {
  return saying("Excel не пересчитал формулы", "Нажмите Ctrl+Alt+F9, чтобы пересчитать их вручную", () =>
    runExcel(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
      return { syncs: 1 };
    }),
  );
}
