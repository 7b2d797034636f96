/**
 * Excel.RangeAreas as Range.getMergedAreasOrNullObject() returns it (ExcelApi 1.13): the merged areas that meet the
 * range, whole; a null object when there are none. `address` lists them as Office.js does: «Лист!A1:E1, Лист!A7:E7».
 */

import { intersects, qualifiedAddress, type Rect } from "./addresses";
import { FakeClientObject, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { RangeRef } from "./refs";

export class RangeAreasProxy extends FakeClientObject {
  _base: RangeRef;

  constructor(ctx: FakeRequestContext, base: RangeRef) {
    super(ctx, "RangeAreas", `${base.label}.getMergedAreasOrNullObject()`);
    this._base = base;
    this._query(() => (this._isNull = !this._exists()));
  }

  _areas(): { sheet: string; areas: Rect[] } {
    const { sheet, rect } = this._base.resolve(this._model);
    return { sheet: sheet.name, areas: sheet.merges.filter((m) => intersects(m, rect)) };
  }

  _exists(): boolean {
    return this._areas().areas.length > 0;
  }

  _readers(): Readers {
    return {
      address: () => {
        const { sheet, areas } = this._areas();
        return areas.map((a) => qualifiedAddress(sheet, a)).join(", ");
      },
      areaCount: () => this._areas().areas.length,
    };
  }

  get address(): string {
    return this._prop("address");
  }

  get areaCount(): number {
    return this._prop("areaCount");
  }
}
