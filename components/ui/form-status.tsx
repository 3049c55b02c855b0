import type { ActionState } from "@/lib/actions/action-client";
import { Notice } from "./notice";

/** Shows an action's outcome: a calm error, or a confirmation. */
export function FormStatus({ state }: { state: ActionState }) {
  if (state.status === "error") return <Notice tone="error">{state.message}</Notice>;
  if (state.status === "ok" && state.message) return <Notice tone="success">{state.message}</Notice>;
  return null;
}

export function fieldErrors(state: ActionState, name: string): string[] | undefined {
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

/** The value to show in a field: what was just typed (after an error), else the saved value. */
export function typed(state: ActionState, name: string, saved?: string | number | null): string {
  if (state.status === "error" && state.values && name in state.values) return state.values[name] ?? "";
  return saved === null || saved === undefined ? "" : String(saved);
}
