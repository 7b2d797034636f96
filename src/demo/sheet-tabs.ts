/**
 * The sheet tabs under the grid, as in Excel: a click (or Enter, Space, the arrow keys, Home, End) activates the
 * sheet in the workbook, so the pane's «Проверка» checks the sheet the user is looking at.
 */
export interface SheetTabsOptions {
  names: string[];
  active: string;
  activate: (name: string) => void;
}

function tabButton(name: string, active: boolean, activate: (name: string) => void): HTMLButtonElement {
  const tab = document.createElement("button");
  tab.type = "button";
  tab.className = "sheet-tab";
  tab.setAttribute("role", "tab");
  tab.setAttribute("aria-selected", String(active));
  tab.tabIndex = active ? 0 : -1; // one tab stop for the list; arrows move inside it
  tab.textContent = name;
  tab.addEventListener("click", () => activate(name));
  return tab;
}

export function renderSheetTabs(list: HTMLElement, options: SheetTabsOptions): void {
  const hadFocus = list.contains(document.activeElement);
  const tabs = options.names.map((name) => tabButton(name, name === options.active, options.activate));
  list.replaceChildren(...tabs);
  if (hadFocus) tabs[options.names.indexOf(options.active)]?.focus();
}

/** Keyboard inside the tab list (WAI-ARIA tabs with automatic activation). */
export function handleTabKeys(event: KeyboardEvent, options: Pick<SheetTabsOptions, "names" | "active" | "activate">): void {
  const index = options.names.indexOf(options.active);
  const last = options.names.length - 1;
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const target = Math.min(last, Math.max(0, next));
  if (target !== index) options.activate(options.names[target]);
}
