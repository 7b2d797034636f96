import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { editionLabel } from "../core/edition";
import type { WorkbookEdition } from "./workbook-edition";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "baseline", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  label: { color: tokens.colorNeutralForeground2 },
});

/** «Редакция: Приозёрная область, 15.03.2025» under the title, the document's full name on hover; a button opens the choice. */
export function EditionHeader(props: { state: WorkbookEdition; open: boolean; sectionId: string; onToggle: () => void }) {
  const styles = useStyles();
  const { state, open, sectionId, onToggle } = props;
  const label = state.status === "loading" ? "читаю из книги…" : state.status === "unreadable" ? "не читается" : editionLabel(state.edition);
  return (
    <div className={styles.line}>
      <Text size={200} className={styles.label} title={state.status === "ready" ? state.edition.document : undefined} data-testid="edition-label">
        Редакция: {label}
      </Text>
      <Button size="small" appearance="transparent" aria-expanded={open} aria-controls={sectionId} onClick={onToggle} disabled={state.status === "loading"}>
        {open ? "Скрыть" : "Изменить"}
      </Button>
    </div>
  );
}
