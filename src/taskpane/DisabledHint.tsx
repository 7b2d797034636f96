import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  hint: { display: "block", color: tokens.colorNeutralForeground3, marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});

/**
 * Why the button above is disabled, in a few words under it. The button points at it with aria-describedby, so a
 * screen reader says it too.
 */
export function DisabledHint({ id, reason }: { id: string; reason: string | undefined }) {
  const styles = useStyles();
  if (!reason) return null;
  return (
    <Text id={id} size={200} className={styles.hint}>
      {reason}
    </Text>
  );
}
