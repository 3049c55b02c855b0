import "server-only";
import { redactText, redactValue } from "./redact";

/**
 * Hearth's one application logger: JSON lines, `info` to stdout, `warn` and `error` to stderr.
 *
 * Logs never contain child names, PINs, messages or tokens (P9). Field values are redacted by
 * key (`firstName`, `pin`, `token`, `message`, `body`, … → "[redacted]", see redact.ts) and every
 * string that is kept, the message included, is pattern-redacted. Errors (under any key) are
 * written as name, code, redacted message and stack frames. So log ids, not names:
 * `log.info("child signed in", { childId })`.
 */

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

function write(level: LogLevel, message: string, fields?: LogFields): void {
  const redacted = fields ? (redactValue(fields) as Record<string, unknown>) : {};
  // The envelope keys come last so a field cannot impersonate them.
  const line = { ...redacted, level, time: new Date().toISOString(), msg: redactText(message) };
  let text: string;
  try {
    text = JSON.stringify(line);
  } catch {
    text = JSON.stringify({
      level,
      time: line.time,
      msg: line.msg,
      logError: "fields could not be serialised",
    });
  }
  (level === "info" ? process.stdout : process.stderr).write(`${text}\n`);
}

export const log = {
  info: (message: string, fields?: LogFields) => write("info", message, fields),
  warn: (message: string, fields?: LogFields) => write("warn", message, fields),
  error: (message: string, fields?: LogFields) => write("error", message, fields),
};
