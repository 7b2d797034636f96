import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../core/roadmap/check";
import type { WorkbookGateway } from "../excel/gateway";
import { checkActiveSheet, clearMarks, groupFindings, type CheckOutcome } from "./check-actions";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  group: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: { justifyContent: "flex-start", textAlign: "left", height: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightRegular },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}` },
});

function Summary({ outcome }: { outcome: CheckOutcome }) {
  const where = `Лист «${outcome.sheetName}»${outcome.sectorName ? `, отрасль «${outcome.sectorName}»` : ""}`;
  if (outcome.findings.length === 0) {
    return (
      <MessageBar intent="success" data-testid="check-summary">
        <MessageBarBody>
          <MessageBarTitle>Замечаний нет</MessageBarTitle>
          {where}: значения соответствуют стратегии.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={outcome.errors > 0 ? "error" : "warning"} data-testid="check-summary">
      <MessageBarBody>
        <MessageBarTitle>
          Ошибок: {outcome.errors}, предупреждений: {outcome.warnings}
        </MessageBarTitle>
        {where}. Ячейки с замечаниями выделены цветом; нажмите на замечание, чтобы перейти к ячейке.
      </MessageBarBody>
    </MessageBar>
  );
}

/** «Проверка»: checks the active sheet's roadmap against the strategy and lists the findings, each a way to its cell. */
export default function CheckTab({ gateway, canWrite }: { gateway: WorkbookGateway; canWrite: boolean }) {
  const styles = useStyles();
  const check = useTask();
  const [outcome, setOutcome] = useState<CheckOutcome>();
  const go = (finding: Finding) => {
    if (outcome) void gateway.selectCell(outcome.sheetName, finding.address);
  };
  return (
    <section className={styles.tab} aria-label="Проверка">
      <Text>Откройте лист с заполненной дорожной картой (созданной надстройкой или по форме приложения 3 протокола) и нажмите «Проверить». Значения в ячейках не меняются.</Text>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!canWrite || check.state.status === "running"}
          onClick={() =>
            void check.run(async () => {
              const result = await checkActiveSheet(gateway);
              setOutcome(result);
              return `Проверено: ${result.findings.length === 0 ? "замечаний нет" : `${result.findings.length} замеч.`}`;
            })
          }
        >
          Проверить
        </Button>
        <Button
          disabled={!canWrite || check.state.status === "running"}
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
      {/* After a check the summary below says it all; after «Снять пометки» the status does. */}
      {!(check.state.status === "done" && outcome) && <TaskStatus state={check.state} runningLabel="Проверяю…" />}
      {outcome && <Summary outcome={outcome} />}
      {outcome &&
        groupFindings(outcome.findings).map((group) => (
          <section key={group.key} aria-label={group.title}>
            <Text as="h3" weight="semibold" size={300}>
              {group.title}
            </Text>
            <ul className={styles.group}>
              {group.findings.map((finding, index) => (
                <li key={`${finding.code}-${finding.address}-${index}`}>
                  <Button
                    appearance="subtle"
                    className={`${styles.finding} ${finding.severity === "error" ? styles.error : styles.warning}`}
                    onClick={() => go(finding)}
                    aria-label={`${finding.severity === "error" ? "Ошибка" : "Предупреждение"}, ячейка ${finding.address}: ${finding.message}`}
                  >
                    {finding.address} — {finding.message}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
