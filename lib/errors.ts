/**
 * Typed application errors. Each code maps to a status and a message a person can act on;
 * anything else becomes a calm generic message (never a stack trace, never a 500 for bad input).
 */
export type AppErrorCode =
  | "bad_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "locked"
  | "too_large"
  | "unavailable";

const STATUS: Record<AppErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  locked: 423,
  rate_limited: 429,
  unavailable: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly options: { retryAfterSeconds?: number; fieldErrors?: Record<string, string[]> } = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what = "That page") => new AppError("not_found", `${what} could not be found.`);

export const GENERIC_FAILURE_MESSAGE =
  "Something went wrong on our side. Nothing you saved was lost; please try again in a moment.";

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
