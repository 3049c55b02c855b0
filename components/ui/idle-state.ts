import type { ActionState } from "@/lib/actions/action-client";

/** The starting state of every `useActionState` form (client-safe: no server imports). */
export const IDLE_STATE: ActionState = { status: "idle" };
