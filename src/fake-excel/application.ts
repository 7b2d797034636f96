/**
 * Workbook.application (ExcelApi 1.1): `calculate(calculationType)` only. The fake evaluates no formula, so a
 * calculation is recorded (FakeWorkbook.calculations) and announced to subscribers, for the demo to recompute.
 */

import { FakeClientObject, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { CalculationType } from "./enums";
import { invalidArgument } from "./errors";

const TYPES: readonly string[] = Object.values(CalculationType);

export class ApplicationProxy extends FakeClientObject {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "Application", "application");
  }

  _readers(): Readers {
    return {};
  }

  /** As Office.js: "Recalculate", "Full" or "FullRebuild"; anything else fails the sync. */
  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], () => {
      if (!TYPES.includes(calculationType)) throw invalidArgument("Application.calculate", `Unknown calculation type "${calculationType}".`);
      this._model.calculations.push(calculationType);
    });
  }
}
