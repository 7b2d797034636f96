import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { regionLevel, type Edition } from "../core/edition";
import type { WorkbookGateway } from "../excel/gateway";
import { DisabledHint } from "./DisabledHint";
import { makeWorkbookSummary } from "./summary-actions";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

/** «Свод по книге»: the department's «Свод» of every roadmap sheet of the open workbook, as new sheets. */
export function SummarySection({ gateway, edition, blocked }: { gateway: WorkbookGateway; edition: Edition; blocked: string | undefined }) {
  const styles = useStyles();
  const hintId = useId();
  const summary = useTask();
  return (
    <section className={styles.section} aria-labelledby={`${hintId}-title`}>
      <Text as="h2" id={`${hintId}-title`} weight="semibold">
        Свод по книге
      </Text>
      <Text>Для департамента: дорожные карты органов, собранные в одну книгу (по листу на каждую), сводятся на новый лист «Свод» — плановое ЦЗ по отраслям против среднего на уровне {regionLevel(edition)}, ошибки, отрасли без дорожной карты и диаграмма.</Text>
      <Button
        disabled={blocked !== undefined}
        disabledFocusable={summary.state.status === "running"}
        aria-describedby={blocked ? hintId : undefined}
        onClick={() => void summary.run(async () => (await makeWorkbookSummary(gateway, { edition })).message)}
      >
        Свод по книге
      </Button>
      <DisabledHint id={hintId} reason={blocked} />
      <TaskStatus state={summary.state} runningLabel="Свожу дорожные карты…" />
    </section>
  );
}
