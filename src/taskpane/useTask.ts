import { useCallback, useState } from "react";
import { errorText } from "./error-text";

/** How a finished action reads: it did what was asked (success), or there was nothing to do / something to know. */
export type DoneIntent = "success" | "info" | "warning";
export interface TaskNote {
  message: string;
  intent: DoneIntent;
}

export type TaskState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; message: string; intent: DoneIntent }
  | { status: "failed"; message: string; detail?: string };

/** One user action at a time: progress while it runs, then a clear result or a clear error. */
export function useTask() {
  const [state, setState] = useState<TaskState>({ status: "idle" });
  const run = useCallback(async (work: () => Promise<string | TaskNote>) => {
    setState({ status: "running" });
    try {
      const result = await work();
      setState(typeof result === "string" ? { status: "done", message: result, intent: "success" } : { status: "done", ...result });
    } catch (error) {
      setState({ status: "failed", ...errorText(error) });
    }
  }, []);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, run, reset };
}
