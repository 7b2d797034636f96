import { Button, Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DigestLine, RoadmapDigest } from "../core/roadmap/digest";
import type { ErrorText } from "./error-text";
import { listArrows } from "./list-arrows";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  counts: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  count: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  lines: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
  },
  // Merged after Fluent's own button styles, so these left borders win over the subtle button's transparent one.
  error: { borderLeftWidth: "4px", borderLeftStyle: "solid", borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  warning: { borderLeftWidth: "4px", borderLeftStyle: "solid", borderLeftColor: tokens.colorPaletteYellowBorder2 },
  errorCount: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warningCount: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorder2}` },
  where: { fontWeight: tokens.fontWeightSemibold },
  group: { marginTop: tokens.spacingVerticalS },
});

const SEVERITY = { error: "Ошибка", warning: "Предупреждение" } as const;

function lineKey(line: DigestLine): string {
  return `${line.severity}:${line.code}:${line.cells.join(",")}`;
}

/**
 * The check's findings: how many of each kind, errors one by one, then warnings by indicator with the repetitive
 * ones folded. Each line is a button that selects its cells; arrow keys move through the list.
 */
export function FindingList(props: {
  digest: RoadmapDigest;
  onSelect: (line: DigestLine, key: string) => void;
  /** A selection that failed, shown under its line. */
  failed?: { key: string; error: ErrorText };
}) {
  const styles = useStyles();
  const { digest, onSelect, failed } = props;
  const [onlyErrors, setOnlyErrors] = useState(false);
  const both = digest.totals.errors > 0 && digest.totals.warnings > 0;

  const item = (line: DigestLine) => {
    const key = lineKey(line);
    const cells = line.cells.length > 1 ? "ячейки" : "ячейка";
    return (
      <li key={key}>
        <Button
          appearance="subtle"
          data-severity={line.severity}
          className={mergeClasses(styles.finding, line.severity === "error" ? styles.error : styles.warning)}
          aria-label={`${SEVERITY[line.severity]}, ${cells} ${line.where}: ${line.text}`}
          onClick={() => onSelect(line, key)}
        >
          <span>
            <span className={styles.where}>{line.where}</span> — {line.text}
          </span>
        </Button>
        {failed?.key === key && <TaskStatus state={{ status: "failed", ...failed.error }} runningLabel="" />}
      </li>
    );
  };

  return (
    <div className={styles.list} onKeyDown={listArrows("[data-severity]")}>
      {digest.counts.length > 0 && (
        <ul className={styles.counts} aria-label="Замечания по видам">
          {digest.counts.map((c) => (
            <li key={`${c.severity}:${c.code}`} className={mergeClasses(styles.count, c.severity === "error" ? styles.errorCount : styles.warningCount)}>
              <Text size={200}>
                {c.kind}: {c.count}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {both && (
        <RadioGroup layout="horizontal" aria-label="Показать" value={onlyErrors ? "errors" : "all"} onChange={(_, data) => setOnlyErrors(data.value === "errors")}>
          <Radio value="all" label="Все" />
          <Radio value="errors" label="Только ошибки" />
        </RadioGroup>
      )}
      {digest.errors.length > 0 && (
        <section aria-label="Ошибки">
          <Text as="h3" weight="semibold" size={300}>
            Ошибки
          </Text>
          <ul className={styles.lines}>{digest.errors.map(item)}</ul>
        </section>
      )}
      {!onlyErrors && digest.warnings.length > 0 && (
        <section aria-label="Предупреждения">
          <Text as="h3" weight="semibold" size={300}>
            Предупреждения
          </Text>
          {digest.warnings.map((group) => (
            <section key={group.key} aria-label={group.title} className={styles.group}>
              <Text as="h4" weight="semibold" size={200}>
                {group.title}
              </Text>
              <ul className={styles.lines}>{group.lines.map(item)}</ul>
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
