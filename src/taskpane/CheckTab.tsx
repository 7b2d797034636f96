import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { countOf, nouns } from "../core/plural";
import type { Edition } from "../core/edition";
import type { DigestLine } from "../core/roadmap/digest";
import type { WorkbookGateway } from "../excel/gateway";
import { checkActiveSheet, clearMarks, type CheckOutcome } from "./check-actions";
import { addFactRowsToActiveSheet } from "./fact-actions";
import { dateFromInput, todayForInput } from "./report-date";
import { CheckSummary } from "./CheckSummary";
import { DisabledHint } from "./DisabledHint";
import { errorText, type ErrorText } from "./error-text";
import { FindingList } from "./FindingList";
import { SummarySection } from "./SummarySection";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** «Проверка»: checks the active sheet's roadmap against the strategy and lists the findings, each a way to its cells. */
export default function CheckTab({ gateway, edition, blocked }: { gateway: WorkbookGateway; edition: Edition; blocked: string | undefined }) {
  const styles = useStyles();
  const hintId = useId();
  const check = useTask();
  const facts = useTask();
  const [asOf, setAsOf] = useState(todayForInput);
  const [outcome, setOutcome] = useState<CheckOutcome>();
  const [failed, setFailed] = useState<{ key: string; error: ErrorText }>();
  const running = check.state.status === "running";

  const select = (line: DigestLine, key: string) => {
    if (!outcome) return;
    setFailed(undefined);
    gateway.selectCell(outcome.sheetName, line.select).catch((error: unknown) => setFailed({ key, error: errorText(error) }));
  };

  return (
    <section className={styles.tab} aria-label="Проверка">
      <Text>Откройте лист с заполненной дорожной картой (созданной надстройкой или по форме приложения 3 протокола) и нажмите «Проверить». Значения в ячейках не меняются.</Text>
      <Field label="Дата отчёта" hint="Факт за закончившиеся к этой дате годы обязателен и сверяется с целью и планом.">
        <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={blocked !== undefined}
          disabledFocusable={running}
          aria-describedby={blocked ? hintId : undefined}
          onClick={() =>
            void check.run(async () => {
              setFailed(undefined);
              const result = await checkActiveSheet(gateway, edition, dateFromInput(asOf));
              setOutcome(result);
              return `Проверено: ${result.findings.length === 0 ? "замечаний нет" : countOf(result.findings.length, nouns.finding)}`;
            })
          }
        >
          Проверить
        </Button>
        <Button
          disabled={blocked !== undefined}
          disabledFocusable={running}
          aria-describedby={blocked ? hintId : undefined}
          onClick={() =>
            void check.run(async () => {
              setOutcome(undefined);
              return clearMarks(gateway);
            })
          }
        >
          Снять пометки
        </Button>
      </div>
      <DisabledHint id={hintId} reason={blocked} />
      {/* After a check the summary below says it all; after «Снять пометки» the status does. */}
      {!(check.state.status === "done" && outcome) && <TaskStatus state={check.state} runningLabel="Проверяю…" />}
      {outcome && <CheckSummary outcome={outcome} />}
      {outcome && (outcome.digest.errors.length > 0 || outcome.digest.warnings.length > 0) && <FindingList digest={outcome.digest} onSelect={select} failed={failed} />}
      <div className={styles.buttons}>
        <Button
          disabled={blocked !== undefined}
          disabledFocusable={facts.state.status === "running"}
          aria-describedby={blocked ? hintId : undefined}
          onClick={() => void facts.run(() => addFactRowsToActiveSheet(gateway, edition))}
        >
          Добавить строки факта
        </Button>
      </div>
      <TaskStatus state={facts.state} runningLabel="Добавляю строки факта…" />
      <SummarySection gateway={gateway} edition={edition} blocked={blocked} />
    </section>
  );
}
