import { CdtoError } from "../../src/core/errors";
import { ExcelActionError, excelDetail } from "../../src/excel/action-error";
import { FakeOfficeError } from "../../src/fake-excel";
import { errorText } from "../../src/taskpane/error-text";

describe("errorText", () => {
  it("shows a failed workbook action as its Russian message, Excel's text as the detail", () => {
    const cause = new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", "Range.values");
    const error = new ExcelActionError("Лист не создан: книга защищена. Ваши листы не изменены.", excelDetail(cause));
    expect(errorText(error)).toEqual({ message: "Лист не создан: книга защищена. Ваши листы не изменены.", detail: "AccessDenied: You cannot perform the requested operation." });
    expect(errorText(new ExcelActionError("Пометки не сняты."))).toEqual({ message: "Пометки не сняты." });
  });

  it("says any other Office error in Russian, with the code and the English text as a detail", () => {
    const known = new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", "Worksheet");
    expect(errorText(known)).toEqual({
      message: "Excel не выполнил действие: лист или ячейка не найдены: лист могли переименовать или удалить. Проверьте лист ещё раз.",
      detail: "подробности: ItemNotFound: The requested resource doesn't exist.",
    });
    const unknown = Object.assign(new Error("Something odd."), { code: "SomethingOdd" });
    expect(errorText(unknown).message).toMatch(/^Excel не выполнил действие: повторите действие/);
    expect(errorText(unknown).detail).toBe("подробности: SomethingOdd: Something odd.");
    expect(errorText(unknown).message).not.toMatch(/Something odd/);
  });

  it("keeps our own Russian messages as they are", () => {
    expect(errorText(new CdtoError("value", "Не указано: год."))).toEqual({ message: "Не указано: год." });
    expect(errorText(new Error("выделите таблицу вместе со строкой заголовков"))).toEqual({ message: "Не получилось: выделите таблицу вместе со строкой заголовков" });
  });
});
