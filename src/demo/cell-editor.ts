/**
 * The in-cell editor: a text box laid over the cell, wider when the text is long. Enter commits and moves down
 * (Shift+Enter up), Tab right (Shift+Tab left), Esc cancels, leaving it (a click elsewhere) commits in place.
 */
export type EditEnd = { commit: true; text: string; move: { rows: number; columns: number } } | { commit: false };

export interface CellEditor {
  readonly input: HTMLInputElement;
  close(): void;
}

const MOVES: Record<string, { rows: number; columns: number } | undefined> = {
  Enter: { rows: 1, columns: 0 },
  "Shift+Enter": { rows: -1, columns: 0 },
  Tab: { rows: 0, columns: 1 },
  "Shift+Tab": { rows: 0, columns: -1 },
};

export function openCellEditor(
  container: HTMLElement,
  cell: HTMLElement,
  text: string,
  options: { label: string; onInput(text: string): void; onEnd(end: EditEnd): void },
): CellEditor {
  const input = document.createElement("input");
  input.type = "text";
  input.className = "cell-editor";
  input.setAttribute("aria-label", options.label);
  input.value = text;
  const box = cell.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  const style = getComputedStyle(cell);
  Object.assign(input.style, {
    left: `${box.left - frame.left + container.scrollLeft}px`,
    top: `${box.top - frame.top + container.scrollTop}px`,
    height: `${box.height}px`,
    minWidth: `${box.width}px`,
    fontWeight: style.fontWeight,
    fontStyle: style.fontStyle,
    fontSize: style.fontSize,
    textAlign: "left",
  });
  const fit = () => {
    input.style.width = `${Math.min(container.clientWidth - 8, Math.max(box.width, (input.value.length + 2) * 7.5))}px`;
  };
  fit();

  let open = true;
  const end = (result: EditEnd) => {
    if (!open) return;
    open = false;
    input.remove();
    options.onEnd(result);
  };
  input.addEventListener("input", () => {
    fit();
    options.onInput(input.value);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      end({ commit: false });
      return;
    }
    const move = MOVES[`${event.shiftKey ? "Shift+" : ""}${event.key}`];
    if (!move) return;
    event.preventDefault();
    end({ commit: true, text: input.value, move });
  });
  input.addEventListener("blur", () => end({ commit: true, text: input.value, move: { rows: 0, columns: 0 } }));
  container.append(input);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  return {
    input,
    close: () => {
      open = false;
      input.remove();
    },
  };
}
