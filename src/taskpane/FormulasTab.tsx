import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { WorkbookGateway } from "../excel/gateway";
import type { InsertResult } from "../excel/insert-formula";
import { DisabledHint } from "./DisabledHint";
import { formulaEntries, type FormulaEntry } from "./formula-catalog";
import { listArrows } from "./list-arrows";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  entry: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, minWidth: 0 },
  signature: { margin: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  english: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  arguments: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  summary: { cursor: "pointer" },
  // The entry aligns its items to the start, which would size the warning to its one long line: it takes the width.
  warning: { alignSelf: "stretch", minWidth: 0 },
  warningText: { whiteSpace: "normal", overflowWrap: "anywhere" },
  confirm: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

type Occupied = Extract<InsertResult, { status: "occupied" }>;

/**
 * «Формулы»: each function with its arguments, an example and its English name, and the example into the active cell.
 * Arrow keys move between the insert buttons.
 */
export default function FormulasTab({ gateway, blocked }: { gateway: WorkbookGateway; blocked: string | undefined }) {
  const styles = useStyles();
  const hintId = useId();
  const insert = useTask();
  // The status and the question «Заменить?» belong to the function whose button was pressed.
  const [active, setActive] = useState<string>();
  const [occupied, setOccupied] = useState<Occupied>();

  const put = (entry: FormulaEntry, replace: boolean) => {
    const example = entry.example;
    if (!example) return;
    setActive(entry.id);
    setOccupied(undefined);
    void insert.run(async () => {
      const result = await gateway.insertFormula(example.formula, { replace });
      if (result.status === "occupied") {
        setOccupied(result);
        return { intent: "warning", message: "" };
      }
      return `Формула ${result.formula} вставлена в ячейку ${result.address}.`;
    });
  };

  return (
    <section aria-labelledby="functions-title" className={styles.tab}>
      <Text as="h2" id="functions-title" size={400} weight="semibold" block className={styles.intro}>
        Формулы в ячейках
      </Text>
      <Text as="p" block className={styles.intro}>В русском Excel — русские имена и «;» между аргументами, в английском — английские и «,».</Text>
      <ul className={styles.list} onKeyDown={listArrows("button[data-insert]")}>
        {formulaEntries.map((entry) => (
          <li key={entry.id} className={styles.entry}>
            <Text as="h3" className={styles.signature}>
              {entry.russianSignature}
            </Text>
            <Text>{entry.description}</Text>
            {entry.example && (
              <Text>
                Пример: <span className={styles.code}>{entry.example.formula.russian}</span> → {entry.example.result}
              </Text>
            )}
            <Text size={200} className={styles.english}>
              В английском Excel: <span className={styles.code}>{entry.englishSignature}</span>
            </Text>
            <details>
              <summary className={styles.summary}>Аргументы</summary>
              <ul className={styles.arguments}>
                {entry.arguments.map((a) => (
                  <li key={a.english}>
                    <Text>
                      <span className={styles.code}>{a.russian}</span> — {a.description}
                    </Text>
                  </li>
                ))}
              </ul>
            </details>
            {entry.example && (
              <Button
                size="small"
                data-insert
                disabled={blocked !== undefined}
                disabledFocusable={insert.state.status === "running"}
                aria-label={`Вставить пример ${entry.example.formula.russian} в активную ячейку`}
                aria-describedby={blocked ? `${hintId}-${entry.id}` : undefined}
                onClick={() => put(entry, false)}
              >
                Вставить в ячейку
              </Button>
            )}
            <DisabledHint id={`${hintId}-${entry.id}`} reason={blocked} />
            {active === entry.id && occupied && (
              <MessageBar layout="multiline" intent="warning" data-intent="warning" className={styles.warning}>
                <MessageBarBody className={styles.warningText}>
                  В ячейке {occupied.address} уже есть «{occupied.content}». Заменить её формулой {occupied.formula}?
                  <div className={styles.confirm}>
                    <Button size="small" appearance="primary" onClick={() => put(entry, true)}>
                      Заменить
                    </Button>
                    <Button
                      size="small"
                      onClick={() => {
                        setOccupied(undefined);
                        insert.reset();
                      }}
                    >
                      Отмена
                    </Button>
                  </div>
                </MessageBarBody>
              </MessageBar>
            )}
            {active === entry.id && !occupied && <TaskStatus state={insert.state} runningLabel="Вставляю…" />}
          </li>
        ))}
      </ul>
    </section>
  );
}
