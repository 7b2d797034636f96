import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CheckOutcome } from "./check-actions";

/** One message over the findings: no roadmap here, nothing filled in yet, all good, or how many errors and warnings. */
export function CheckSummary({ outcome }: { outcome: CheckOutcome }) {
  const { digest } = outcome;
  const where = `Лист «${outcome.sheetName}»${outcome.sectorName ? `, отрасль «${outcome.sectorName}»` : ""}`;
  const bar = (intent: "info" | "success" | "warning" | "error", title: string, body: string) => (
    <MessageBar layout="multiline" intent={intent} data-testid="check-summary" data-intent={intent}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
    </MessageBar>
  );
  switch (digest.status) {
    case "not-found":
      return bar(
        "info",
        `На листе «${outcome.sheetName}» нет дорожной карты`,
        "Не найдена таблица с годами (X | 2021 | 2022 | 2023 | 2024). Откройте лист с дорожной картой по форме приложения 3 протокола или создайте её на вкладке «Дорожная карта».",
      );
    case "empty":
      // The one line of the digest says it; no list follows and no cell is painted.
      return bar("info", digest.unfilled ?? "Не заполнено", `${where}. Впишите значения по годам и мероприятия и проверьте снова.`);
    case "clean":
      return bar("success", "Замечаний нет", `${where}: значения соответствуют стратегии.`);
    case "findings":
      return bar(
        digest.totals.errors > 0 ? "error" : "warning",
        `Ошибок: ${digest.totals.errors}, предупреждений: ${digest.totals.warnings}`,
        `${where}. Ячейки с замечаниями выделены цветом: ошибки — красным, предупреждения — жёлтым. Нажмите на замечание, чтобы перейти к ячейке.`,
      );
  }
}
