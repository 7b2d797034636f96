/** The workbook the demo starts with: one empty sheet named as in Russian Excel. */
import { createFakeExcel, type FakeExcel } from "../fake-excel";

export const FIRST_SHEET = "Лист1";

export function createDemoWorkbook(): FakeExcel {
  return createFakeExcel({ sheets: [FIRST_SHEET], userName: "Пользователь" });
}
