import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useId, useMemo, useState } from "react";
import { sectorIndicators, type Sector } from "../core/catalog";
import type { Edition } from "../core/edition";
import { countOf, nouns } from "../core/plural";
import type { WorkbookGateway } from "../excel/gateway";
import { DisabledHint } from "./DisabledHint";
import { IndicatorChecklist } from "./IndicatorChecklist";
import { SectorPicker } from "./SectorPicker";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The action and its result stay in view below a long list of indicators in a narrow pane.
  actions: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * «Дорожная карта»: pick a sector of the workbook's edition, its indicators and options, create the sheet of protocol
 * appendix 3 with the edition's years and regional row. The pane gives it a new key when the edition changes.
 */
export default function RoadmapTab({ gateway, edition, blocked }: { gateway: WorkbookGateway; edition: Edition; blocked: string | undefined }) {
  const styles = useStyles();
  const hintId = useId();
  const [sector, setSector] = useState<Sector>();
  const indicators = useMemo(() => (sector ? sectorIndicators(sector) : []), [sector]);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [prefill, setPrefill] = useState(false);
  const [facts, setFacts] = useState(false);
  const [quarters, setQuarters] = useState(false);
  const { state, run } = useTask();

  const pickSector = useCallback((next: Sector | undefined) => {
    setSector(next);
    setChosen(new Set(next ? sectorIndicators(next).map((i) => i.number) : []));
  }, []);

  const reason = blocked ?? (!sector ? "Выберите отрасль" : chosen.size === 0 ? "Отметьте хотя бы один показатель" : undefined);

  const create = (chosenSector: Sector) =>
    run(async () => {
      // The sheet builder loads on the first click: the tab shows without it.
      const { buildRoadmap } = await import(/* webpackChunkName: "build-roadmap" */ "../core/roadmap");
      const model = buildRoadmap(chosenSector, { edition, indicators: [...chosen], prefillActivities: prefill, facts, quarters: facts && quarters });
      const { sheetName } = await gateway.writeSheet(model);
      const what = `${countOf(chosen.size, nouns.indicator)} отрасли «${chosenSector.name}». Заполните выделенные ячейки.`;
      // An existing sheet is never overwritten: say so, and under which name the new one was made.
      return sheetName === model.name
        ? `Лист «${sheetName}» создан: ${what}`
        : `Лист «${model.name}» уже есть, поэтому создан новый лист «${sheetName}»: ${what}`;
    });

  return (
    <section className={styles.tab} aria-label="Дорожная карта">
      <SectorPicker sectors={edition.sectors} value={sector} onChange={pickSector} />
      {sector && <IndicatorChecklist indicators={indicators} chosen={chosen} onChange={setChosen} />}
      {sector && (
        <Checkbox
          label="Заполнить мероприятия названиями проектов из стратегии"
          checked={prefill}
          onChange={(_, data) => setPrefill(data.checked === true)}
        />
      )}
      {sector && (
        <Checkbox
          label="Со строками факта: факт, достижение плана и статус формулами, фактическое ЦЗ и диаграммы"
          checked={facts}
          onChange={(_, data) => setFacts(data.checked === true)}
        />
      )}
      {sector && facts && (
        <Checkbox
          label="Факт по кварталам (за год берётся последний заполненный квартал)"
          checked={quarters}
          onChange={(_, data) => setQuarters(data.checked === true)}
        />
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={reason !== undefined}
          // While it runs the button keeps the keyboard focus (disabledFocusable), so Tab goes on from it after.
          disabledFocusable={state.status === "running"}
          aria-describedby={reason ? hintId : undefined}
          onClick={() => {
            if (sector) void create(sector);
          }}
        >
          Создать дорожную карту
        </Button>
        <DisabledHint id={hintId} reason={reason} />
        <TaskStatus state={state} runningLabel="Создаю лист…" />
      </div>
    </section>
  );
}
