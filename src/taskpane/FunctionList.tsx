import { Text, makeStyles, tokens } from "@fluentui/react-components";
import ruMetadata from "../functions/metadata.ru-RU.json";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalS },
  name: { fontFamily: tokens.fontFamilyMonospace },
});

/** The formulas the add-in adds, with their Russian names and descriptions (from the localized metadata). */
export function FunctionList() {
  const styles = useStyles();
  return (
    <section aria-labelledby="functions-title">
      <Text as="h2" id="functions-title" size={400} weight="semibold">
        Формулы в ячейках
      </Text>
      <ul className={styles.list}>
        {Object.entries(ruMetadata).map(([id, fn]) => (
          <li key={id}>
            <Text className={styles.name}>=CDTO.{fn.name}</Text> — <Text>{fn.description}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
