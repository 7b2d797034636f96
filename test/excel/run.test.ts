import { runExcel } from "../../src/excel/run";

/** An Excel.run that fails with `code` the first `failures` times. */
function excelFailing(failures: number, code: string) {
  let calls = 0;
  (globalThis as Record<string, unknown>).Excel = {
    run: (batch: (context: unknown) => Promise<unknown>) => {
      calls++;
      if (calls <= failures) return Promise.reject(Object.assign(new Error(code), { code }));
      return batch({});
    },
  };
  return () => calls;
}

it("waits and retries while the user is editing a cell", async () => {
  const calls = excelFailing(2, "InvalidOperationInCellEditMode");
  await expect(runExcel(() => Promise.resolve("готово"), { attempts: 4, delayMs: 1 })).resolves.toBe("готово");
  expect(calls()).toBe(3);
});

it("gives up after the last attempt, with Excel's error", async () => {
  const calls = excelFailing(9, "InvalidOperationInCellEditMode");
  await expect(runExcel(() => Promise.resolve(1), { attempts: 3, delayMs: 1 })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  expect(calls()).toBe(3);
});

it("does not retry other errors", async () => {
  const calls = excelFailing(1, "AccessDenied");
  await expect(runExcel(() => Promise.resolve(1), { attempts: 3, delayMs: 1 })).rejects.toMatchObject({ code: "AccessDenied" });
  expect(calls()).toBe(1);
});
