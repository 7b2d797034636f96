import { Field, Input, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import type { Catalog, Sector } from "../core/catalog";
import { impliedSector, matchingSectors, sectorLabel } from "./sector-search";

const useStyles = makeStyles({
  list: { maxHeight: "240px", overflowY: "auto" },
});

/**
 * All sectors of the edition's strategy as a list that typing filters by code or name. A plain list rather than a drop-down:
 * nothing to position, lighter, and arrow keys move through it. The choice follows what the list shows: a sector
 * the filter hides is no longer chosen, and typing that leaves one sector (or its exact code) chooses it. Memoised:
 * the tab renders again when the workbook's edition has been read, and the list of radios need not.
 */
export const SectorPicker = memo(function SectorPicker(props: { sectors: Catalog; value: Sector | undefined; onChange: (sector: Sector | undefined) => void }) {
  const { sectors, value, onChange } = props;
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const matches = useMemo(() => matchingSectors(query, sectors), [query, sectors]);
  const type = (text: string) => {
    setQuery(text);
    const shown = matchingSectors(text, sectors);
    const implied = impliedSector(text, shown);
    const next = implied ?? (value && shown.includes(value) ? value : undefined);
    if (next !== value) onChange(next);
  };
  return (
    <>
      <Field label="Найти отрасль" validationMessage={matches.length === 0 ? "Нет такой отрасли в стратегии" : undefined}>
        <Input
          type="search"
          placeholder={`${sectors[0]?.name.toLowerCase() ?? "название"}, ${sectors[1]?.code ?? sectors[0]?.code ?? "код"}…`}
          value={query}
          onChange={(_, data) => type(data.value)}
          onKeyDown={(event) => {
            const implied = event.key === "Enter" ? impliedSector(query, matches) : undefined;
            if (implied && implied !== value) onChange(implied);
          }}
        />
      </Field>
      <Field label="Отрасль" required>
        <RadioGroup
          className={styles.list}
          value={value?.code ?? ""}
          onChange={(_, data) => onChange(sectors.find((s) => s.code === data.value))}
        >
          {matches.map((sector) => (
            <Radio key={sector.code} value={sector.code} label={sectorLabel(sector)} />
          ))}
        </RadioGroup>
      </Field>
    </>
  );
});
