import type { KeyboardEvent } from "react";

/**
 * Arrow keys (and Home / End) move the focus between the items of a long list; Tab still visits them one by one.
 * Put the handler on the list's container; `selector` picks the focusable items in it.
 */
export function listArrows(selector: string) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(selector)];
    const index = items.findIndex((item) => item === document.activeElement);
    if (index < 0) return;
    const last = items.length - 1;
    const next = { ArrowDown: Math.min(last, index + 1), ArrowUp: Math.max(0, index - 1), Home: 0, End: last }[event.key] ?? index;
    event.preventDefault();
    items[next]?.focus();
  };
}
