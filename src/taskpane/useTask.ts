import { useCallback, useState } from "react";
import { errorText } from "./error-text";

export type TaskState = { status: "idle" } | { status: "running" } | { status: "done"; message: string } | { status: "failed"; message: string };

/** One user action at a time: progress while it runs, then a clear result or a clear error. */
export function useTask() {
  const [state, setState] = useState<TaskState>({ status: "idle" });
  const run = useCallback(async (work: () => Promise<string>) => {
    setState({ status: "running" });
    try {
      setState({ status: "done", message: await work() });
    } catch (error) {
      setState({ status: "failed", message: errorText(error) });
    }
  }, []);
  return { state, run };
}
