/**
 * An in-memory fake of the part of Office.js's Excel API the adapter uses, for jest and for the pane's browser
 * tests and demo. `createFakeExcel()` gives typed `Excel` / `Office` objects plus `workbook`, an inspection API.
 * Pure TypeScript: no DOM or Node APIs.
 */

import { FakeClientObject, FakeClientResult, guard } from "./client-object";
import { FakeRequestContext, runBatch } from "./context";
import { excelEnums } from "./enums";
import { FakeOfficeError, OfficeExtensionErrorCodes } from "./errors";
import { FakeWorkbook } from "./inspect";
import { createOffice, type FakeOfficeOptions } from "./office";
import { WorkbookModel } from "./workbook-model";

export interface FakeExcelOptions extends FakeOfficeOptions {
  /** Sheets the workbook starts with (default ["Sheet1"]); the first is active. */
  sheets?: string[];
  /** Highest supported version per requirement set (default { ExcelApi: "1.17" }). */
  requirements?: Record<string, string>;
  /** A sync whose writes serialize to more than this fails like Excel on the web (default 5 MB; Infinity: off). */
  payloadLimitBytes?: number;
  /** Author of comments and notes. */
  userName?: string;
}

export interface FakeExcel {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  workbook: FakeWorkbook;
}

export const DEFAULT_REQUIREMENTS: Record<string, string> = { ExcelApi: "1.17" };
export const EXCEL_ON_THE_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = new WorkbookModel(
    options.sheets ?? ["Sheet1"],
    options.requirements ?? DEFAULT_REQUIREMENTS,
    options.payloadLimitBytes ?? EXCEL_ON_THE_WEB_PAYLOAD_LIMIT,
  );
  if (options.userName) model.userName = options.userName;

  // `new Excel.RequestContext()` outside Excel.run, as Office.js allows.
  const RequestContext = function RequestContext() {
    return new FakeRequestContext(model);
  };
  const excel = guard(
    {
      ...excelEnums,
      run: (...args: unknown[]): Promise<unknown> => runBatch(model, args),
      RequestContext,
    },
    () => "Excel",
  );
  const officeExtension = guard(
    { Error: FakeOfficeError, ErrorCodes: OfficeExtensionErrorCodes, ClientResult: FakeClientResult, ClientObject: FakeClientObject },
    () => "OfficeExtension",
  );
  return {
    Excel: excel as unknown as typeof Excel,
    Office: createOffice(model, options) as typeof Office,
    OfficeExtension: officeExtension as unknown as typeof OfficeExtension,
    workbook: new FakeWorkbook(model),
  };
}

/**
 * Sets `Excel`, `Office` and `OfficeExtension` on `target` (a page's window, or globalThis) from `fake`, an
 * existing fake (e.g. one shared with a parent frame), or a new one made from options. Returns the fake.
 */
export function installFakeOffice(target: object = globalThis, fake: FakeExcel | FakeExcelOptions = {}): FakeExcel {
  const installed = isFakeExcel(fake) ? fake : createFakeExcel(fake);
  Object.assign(target, { Excel: installed.Excel, Office: installed.Office, OfficeExtension: installed.OfficeExtension });
  return installed;
}

/** Duck-typed: a fake made by another bundle (the demo page's, shared with its frame) has another FakeWorkbook class. */
function isFakeExcel(value: FakeExcel | FakeExcelOptions): value is FakeExcel {
  return "workbook" in value && "Excel" in value && "Office" in value;
}

export { FakeOfficeError } from "./errors";
export { FakeWorkbook, type CellView, type CellFormatView, type ChartView, type ConditionalFormatView } from "./inspect";
