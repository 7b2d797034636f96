import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { RATING_FIELDS, type RatingField } from "../core/rating/columns";
import type { RowProblem } from "../core/rating";
import type { WorkbookGateway } from "../excel/gateway";
import { DisabledHint } from "./DisabledHint";
import { createRatingSheet, recalculateRecommendations, type RecalculateOutcome } from "./rating-actions";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const FIELD_LABELS: Record<RatingField, string> = {
  name: "Столбец с названием органа",
  employees: "Столбец «Количество сотрудников»",
  trained: "Столбец «Количество обученных»",
};

type Pending = Extract<RecalculateOutcome, { status: "needColumns" }>;

/** «Рейтинг обучения»: the sheet of protocol appendix 1, and recommendations for a table the user already has. */
export default function RatingTab({ gateway, blocked }: { gateway: WorkbookGateway; blocked: string | undefined }) {
  const styles = useStyles();
  const createHint = useId();
  const recalcHint = useId();
  const [kind, setKind] = useState<"sample" | "empty">("sample");
  const create = useTask();
  const recalc = useTask();
  const [pending, setPending] = useState<Pending>();
  const [columns, setColumns] = useState<Partial<Record<RatingField, number>>>({});
  const [problems, setProblems] = useState<RowProblem[]>([]);

  const runRecalc = (chosen?: Record<RatingField, number>) =>
    recalc.run(async () => {
      const outcome = await recalculateRecommendations(gateway, chosen);
      if (outcome.status === "needColumns") {
        setPending(outcome);
        setColumns(outcome.known);
        setProblems([]);
        // The request to pick the columns is shown above the pickers, not as a result.
        return { intent: "warning", message: "" };
      }
      setPending(undefined);
      setProblems(outcome.problems);
      return outcome.message;
    });

  const chosenComplete = RATING_FIELDS.every((f) => columns[f] !== undefined);
  const recalcReason = blocked ?? (pending && !chosenComplete ? "Укажите все три столбца" : undefined);

  return (
    <section className={styles.tab} aria-label="Рейтинг обучения">
      <div className={styles.group}>
        <Text as="h2" weight="semibold">Лист «Рейтинг обучения»</Text>
        <RadioGroup value={kind} onChange={(_, data) => setKind(data.value as "sample" | "empty")}>
          <Radio value="sample" label="Пример: 30 органов из приложения 1 протокола" />
          <Radio value="empty" label="Пустой шаблон для своих данных" />
        </RadioGroup>
        <Button
          appearance="primary"
          disabled={blocked !== undefined}
          disabledFocusable={create.state.status === "running"}
          aria-describedby={blocked ? createHint : undefined}
          onClick={() => void create.run(() => createRatingSheet(gateway, kind))}
        >
          Создать лист рейтинга
        </Button>
        <DisabledHint id={createHint} reason={blocked} />
        <TaskStatus state={create.state} runningLabel="Создаю лист…" />
      </div>
      <div className={styles.group}>
        <Text as="h2" weight="semibold">Своя таблица</Text>
        <Text>Выделите таблицу вместе со строкой заголовков (орган, сотрудники, обученные). Рекомендации появятся под ней, после пустой строки (или на месте прежних); ваши ячейки не изменятся.</Text>
        {pending && (
          <MessageBar layout="multiline" intent="warning" data-testid="rating-columns-needed" data-intent="warning">
            <MessageBarBody>Не удалось определить столбцы по заголовкам: укажите их ниже и нажмите «Пересчитать рекомендации».</MessageBarBody>
          </MessageBar>
        )}
        {pending &&
          RATING_FIELDS.map((field) => (
            <Field key={field} label={FIELD_LABELS[field]}>
              <Select
                value={columns[field] === undefined ? "" : String(columns[field])}
                onChange={(_, data) => setColumns({ ...columns, [field]: data.value === "" ? undefined : Number(data.value) })}
              >
                <option value="">— выберите —</option>
                {pending.headers.map((h) => (
                  <option key={h.column} value={h.column}>
                    {h.text}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        <Button
          disabled={recalcReason !== undefined}
          disabledFocusable={recalc.state.status === "running"}
          aria-describedby={recalcReason ? recalcHint : undefined}
          onClick={() => void runRecalc(pending && chosenComplete ? (columns as Record<RatingField, number>) : undefined)}
        >
          Пересчитать рекомендации
        </Button>
        <DisabledHint id={recalcHint} reason={recalcReason} />
        {!(pending && recalc.state.status === "done") && <TaskStatus state={recalc.state} runningLabel="Считаю…" />}
        {problems.length > 0 && (
          <ul className={styles.problems} aria-label="Строки с ошибками">
            {problems.map((p) => (
              <li key={`${p.row}-${p.message}`}>
                <Text>Строка {p.row}: {p.message}</Text>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
