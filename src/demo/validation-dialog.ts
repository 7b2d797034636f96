/**
 * Excel's data-validation alert as a modal dialog: «Стоп» offers to retry or cancel, «Предупреждение» asks
 * whether to continue (Да / Нет / Отмена), «Сообщение» informs (ОК / Отмена). Esc cancels. Text is set as text.
 */
import type { ValidationAlert } from "./validation";

/** store: keep the typed value; retry: edit it again; discard: leave the cell as it was. */
export type AlertChoice = "store" | "retry" | "discard";

const BUTTONS: Record<ValidationAlert["style"], [string, AlertChoice][]> = {
  Stop: [["Повторить", "retry"], ["Отмена", "discard"]],
  Warning: [["Да", "store"], ["Нет", "retry"], ["Отмена", "discard"]],
  Information: [["ОК", "store"], ["Отмена", "discard"]],
};

export function showValidationAlert(host: HTMLElement, alert: ValidationAlert, done: (choice: AlertChoice) => void): void {
  const backdrop = document.createElement("div");
  backdrop.className = "dialog-backdrop";
  const dialog = document.createElement("div");
  dialog.className = "dialog";
  dialog.setAttribute("role", "alertdialog");
  dialog.setAttribute("aria-modal", "true");
  dialog.setAttribute("aria-labelledby", "dialog-title");
  dialog.setAttribute("aria-describedby", "dialog-message");
  const title = document.createElement("h2");
  title.id = "dialog-title";
  title.textContent = alert.title;
  const message = document.createElement("p");
  message.id = "dialog-message";
  message.textContent = alert.style === "Warning" ? `${alert.message}\nПродолжить?` : alert.message;
  const buttons = document.createElement("div");
  buttons.className = "dialog-buttons";
  const close = (choice: AlertChoice) => {
    backdrop.remove();
    done(choice);
  };
  for (const [label, choice] of BUTTONS[alert.style]) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", () => close(choice));
    buttons.append(button);
  }
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close("discard");
  });
  dialog.append(title, message, buttons);
  backdrop.append(dialog);
  host.append(backdrop);
  buttons.querySelector("button")?.focus();
}
