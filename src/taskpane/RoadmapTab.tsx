import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { sectorIndicators, type Sector } from "../core/catalog";
import { buildRoadmap } from "../core/roadmap";
import type { WorkbookGateway } from "../excel/gateway";
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

/** «Дорожная карта»: pick a sector, its indicators and options, create the sheet of protocol appendix 3. */
export default function RoadmapTab({ gateway, canWrite }: { gateway: WorkbookGateway; canWrite: boolean }) {
  const styles = useStyles();
  const [sector, setSector] = useState<Sector>();
  const indicators = useMemo(() => (sector ? sectorIndicators(sector) : []), [sector]);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [prefill, setPrefill] = useState(false);
  const { state, run } = useTask();

  const pickSector = (next: Sector | undefined) => {
    setSector(next);
    setChosen(new Set(next ? sectorIndicators(next).map((i) => i.number) : []));
  };

  const create = () =>
    run(async () => {
      if (!sector) throw new Error("выберите отрасль");
      const model = buildRoadmap(sector, { indicators: [...chosen], prefillActivities: prefill });
      const result = await gateway.writeSheet(model);
      return `Лист «${result.sheetName}» создан: ${chosen.size} показ. отрасли «${sector.name}». Заполните выделенные ячейки.`;
    });

  return (
    <section className={styles.tab} aria-label="Дорожная карта">
      <SectorPicker value={sector} onChange={pickSector} />
      {sector && <IndicatorChecklist indicators={indicators} chosen={chosen} onChange={setChosen} />}
      {sector && (
        <Checkbox
          label="Заполнить мероприятия названиями проектов из стратегии"
          checked={prefill}
          onChange={(_, data) => setPrefill(data.checked === true)}
        />
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canWrite || !sector || chosen.size === 0 || state.status === "running"} onClick={() => void create()}>
          Создать дорожную карту
        </Button>
        <TaskStatus state={state} runningLabel="Создаю лист…" />
      </div>
    </section>
  );
}
