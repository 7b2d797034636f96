import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { editionLabel, type Edition } from "../core/edition";
import { DisabledHint } from "./DisabledHint";
import { editionFromFile } from "./edition-file";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";
import type { WorkbookEdition } from "./workbook-edition";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  file: { display: "none" },
});

/**
 * Another way to get or give an edition, shown as a button here (loading it from an edition workbook's sheets, writing
 * it out to sheets): `run` gives the edition to use from now on, if any, and what to tell the user.
 */
export interface EditionAction {
  id: string;
  label: string;
  run: (current: Edition) => Promise<{ edition?: Edition; message: string }>;
}

/**
 * «Редакция стратегии»: which strategy the workbook follows — the built-in one or another seen in this session (kept
 * in the workbook, or loaded from a file). A change is stored in the workbook and Excel recalculates.
 */
export default function EditionSection(props: {
  id: string;
  state: WorkbookEdition;
  /** The editions to choose from, the built-in one first. */
  editions: readonly Edition[];
  blocked: string | undefined;
  onChoose: (edition: Edition) => Promise<string>;
  actions?: readonly EditionAction[];
}) {
  const { id, state, editions, blocked, onChoose, actions = [] } = props;
  const styles = useStyles();
  const hintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const current = state.status === "ready" ? state.edition.id : "";
  const [picked, setPicked] = useState(current);
  const [problems, setProblems] = useState<{ file: string; list: string[] }>();
  const task = useTask();
  const running = task.state.status === "running";

  const use = (edition: Edition) =>
    task.run(async () => {
      setProblems(undefined);
      const message = await onChoose(edition);
      setPicked(edition.id);
      return message;
    });

  const load = async (file: File | undefined) => {
    if (!file) return;
    const read = await editionFromFile(file);
    if (!read.ok) {
      task.reset();
      setProblems({ file: file.name, list: read.problems });
      return;
    }
    await use(read.edition);
  };

  const chosen = editions.find((e) => e.id === picked);
  return (
    <section id={id} className={styles.section} aria-labelledby={`${hintId}-title`}>
      <Text as="h2" id={`${hintId}-title`} weight="semibold">
        Редакция стратегии
      </Text>
      {state.status === "unreadable" && <Text>Сохранённая в книге редакция не читается ({state.problem}). Выберите редакцию или загрузите её из файла заново.</Text>}
      <Field label="По какой стратегии работает книга">
        <RadioGroup value={picked} onChange={(_, data) => setPicked(data.value)}>
          {editions.map((edition) => (
            <Radio key={edition.id} value={edition.id} label={`${editionLabel(edition)}${edition.id === current ? " (в книге)" : ""}`} title={edition.document} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={blocked !== undefined || !chosen || picked === current}
          disabledFocusable={running}
          aria-describedby={blocked ? hintId : undefined}
          onClick={() => {
            if (chosen) void use(chosen);
          }}
        >
          Применить
        </Button>
        <Button disabled={blocked !== undefined} disabledFocusable={running} aria-describedby={blocked ? hintId : undefined} onClick={() => fileInput.current?.click()}>
          Загрузить из файла .json…
        </Button>
        {actions.map((action) => (
          <Button
            key={action.id}
            disabled={blocked !== undefined || state.status !== "ready"}
            disabledFocusable={running}
            onClick={() =>
              void task.run(async () => {
                setProblems(undefined);
                const result = await action.run(state.edition);
                if (!result.edition) return result.message;
                await onChoose(result.edition);
                setPicked(result.edition.id);
                return result.message;
              })
            }
          >
            {action.label}
          </Button>
        ))}
      </div>
      <input
        ref={fileInput}
        className={styles.file}
        type="file"
        accept=".json,application/json"
        aria-label="Файл редакции стратегии (.json)"
        onChange={(event) => {
          const input = event.currentTarget;
          void load(input.files?.[0]).finally(() => {
            input.value = ""; // the same file again is a new choice
          });
        }}
      />
      <DisabledHint id={hintId} reason={blocked} />
      {problems && (
        <div role="alert">
          <Text weight="semibold">Файл «{problems.file}» не загружен:</Text>
          <ul className={styles.problems}>
            {problems.list.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <TaskStatus state={task.state} runningLabel="Сохраняю редакцию в книге…" />
    </section>
  );
}
