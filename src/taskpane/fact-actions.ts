/** «Добавить строки факта»: plan the rows in the core from the active sheet's roadmap, insert them in Excel. */
import { countOf } from "../core/plural";
import type { Edition } from "../core/edition";
import { planFactRows } from "../core/roadmap/add-facts";
import { checkRoadmap } from "../core/roadmap/check";
import type { WorkbookGateway } from "../excel/gateway";
import type { TaskNote } from "./useTask";
import { checkEditions } from "./workbook-edition";

const NO_ROADMAP = "На активном листе не найдена дорожная карта: откройте лист с дорожной картой.";

export async function addFactRowsToActiveSheet(gateway: WorkbookGateway, edition: Edition): Promise<TaskNote> {
  const result = await gateway.addFactRows((grid) => {
    const { roadmap } = checkRoadmap(grid, { editions: checkEditions(edition) });
    return roadmap && roadmap.indicators.length > 0 ? planFactRows(roadmap) : NO_ROADMAP;
  });
  if (result.reason) return { intent: "warning", message: result.reason };
  if (result.indicators === 0) return { intent: "info", message: `На листе «${result.sheetName}» строки факта уже есть у всех показателей: добавлять нечего.` };
  return {
    intent: "success",
    message:
      `На лист «${result.sheetName}» добавлены строки факта для ${countOf(result.indicators, ["показателя", "показателей", "показателей"])} ` +
      `(вставлено ${countOf(result.rows, ["строка", "строки", "строк"])}: по три под каждым показателем, фактическое ЦЗ и пороги статуса; ` +
      "значения и формулы сдвинуты вместе со своими строками). " +
      "Заполните факт в зелёных ячейках: достижение и статус посчитаются формулами.",
  };
}
