import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  selected: { borderBottom: `2px solid ${tokens.colorBrandStroke1}`, borderRadius: 0 },
});

/**
 * WAI-ARIA tabs made of Fluent buttons: arrow keys, Home and End move between tabs. Fluent's TabList would add about
 * 23 KB (gzip) of motion and indicator code to a pane that has to stay light.
 */
export function PaneTabs<T extends string>(props: { tabs: { id: T; label: string }[]; selected: T; onSelect: (id: T) => void }) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const { tabs, selected, onSelect } = props;
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(tabs[target].id);
    refs.current[target]?.focus();
  };
  return (
    <div role="tablist" className={styles.list}>
      {tabs.map((tab, index) => (
        <Button
          key={tab.id}
          ref={(element) => {
            refs.current[index] = element as HTMLButtonElement | null;
          }}
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          appearance="subtle"
          size="small"
          className={tab.id === selected ? styles.selected : undefined}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </Button>
      ))}
    </div>
  );
}
