/**
 * The formula bar above the grid, as in Excel: the name box (the selection's address; type one and press Enter to
 * go there) and the active cell's content (type and press Enter to store it, Esc to drop the change).
 */
import type { Rect } from "../fake-excel/addresses";
import { parseReference } from "./formulas/parse";

export interface FormulaBarActions {
  /** The active cell's content as the editor shows it. */
  content(): string;
  /** The selection's address for the name box. */
  address(): string;
  commit(text: string): void;
  select(rect: Rect): void;
  /** Gives the keyboard back to the grid. */
  done(): void;
}

export function bindFormulaBar(nameBox: HTMLInputElement, formulaInput: HTMLInputElement, actions: FormulaBarActions): void {
  let dirty = false;
  formulaInput.addEventListener("input", () => {
    dirty = true;
  });
  const leave = (commit: boolean) => {
    const changed = dirty;
    dirty = false;
    if (commit && changed) actions.commit(formulaInput.value);
    formulaInput.value = actions.content();
  };
  formulaInput.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== "Escape") return;
    event.preventDefault();
    leave(event.key === "Enter");
    actions.done();
  });
  formulaInput.addEventListener("blur", () => leave(true));

  nameBox.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      nameBox.value = actions.address();
      actions.done();
      return;
    }
    if (event.key !== "Enter") return;
    event.preventDefault();
    const target = parseReference(nameBox.value.trim().toUpperCase());
    if (target && target.sheet === null) {
      actions.select(target.rect);
      actions.done();
    } else {
      nameBox.value = actions.address(); // not an address on this sheet: as it was
      nameBox.select();
    }
  });
}
