import type { ExportValue } from "./child-data";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value of the child-data export as short text for people: the data page and the PDF. */
export function displayValue(value: ExportValue, options: { shortIds?: boolean } = {}): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(3);
  if (typeof value === "string") {
    if (UUID.test(value)) return options.shortIds ? `${value.slice(0, 8)}…` : value;
    if (ISO_TIME.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
    }
    return value;
  }
  return JSON.stringify(value);
}

const ACRONYMS: Record<string, string> = { ai: "AI", id: "ID", pin: "PIN", ip: "IP" };

/** `answer_enc` → "Answer", `ai_consent_at` → "AI consent at", `session_id` → "Session ID". */
export function columnLabel(column: string): string {
  const words = column
    .replace(/_enc$/, "")
    .split("_")
    .map((w) => ACRONYMS[w] ?? w);
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
