import "server-only";
import { createHmac } from "node:crypto";
import bcrypt from "bcryptjs";
import { env } from "@/lib/env";
import { pinPepper } from "./secrets";

/**
 * Child PINs: 4–6 digits chosen by the parent (P2). Stored as bcrypt over an HMAC of the PIN
 * with a server-side pepper, so a stolen database alone cannot be brute-forced offline over
 * the small PIN space.
 */
const COMMON_PINS = new Set([
  "1234",
  "0000",
  "1111",
  "1212",
  "7777",
  "1004",
  "2000",
  "4444",
  "2222",
  "6969",
  "9999",
  "3333",
  "5555",
  "6666",
  "1122",
  "1313",
  "8888",
  "4321",
  "2001",
  "1010",
  "2580",
  "0852",
  "1230",
  "0123",
  "12345",
  "123456",
  "654321",
  "111111",
  "000000",
  "121212",
  "112233",
  "123123",
  "159753",
  "147258",
  "258258",
  "102030",
  "101010",
  "696969",
  "123321",
  "13579",
  "24680",
]);

export type PinProblem = "format" | "repeated" | "sequence" | "common" | "year";

export const PIN_PROBLEM_MESSAGES: Record<PinProblem, string> = {
  format: "A PIN is 4 to 6 digits, numbers only.",
  repeated: "That PIN repeats the same digits, which is easy to guess. Please choose another.",
  sequence: "That PIN is a sequence (like 1234 or 9876), which is easy to guess. Please choose another.",
  common: "That PIN is one of the most common PINs. Please choose another.",
  year: "That PIN looks like a year, which is easy to guess. Please choose another.",
};

export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d{4,6}$/.test(pin)) return "format";
  if (/^(\d)\1+$/.test(pin) || /^(\d\d)\1+$/.test(pin) || /^(\d\d\d)\1$/.test(pin)) return "repeated";
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10);
  if (steps.every((s) => s === 1) || steps.every((s) => s === 9)) return "sequence";
  if (COMMON_PINS.has(pin)) return "common";
  if (pin.length === 4) {
    const year = Number(pin);
    if (year >= 1940 && year <= 2039) return "year";
  }
  return null;
}

function peppered(pin: string): string {
  return createHmac("sha256", pinPepper()).update(pin).digest("base64");
}

export async function hashPin(pin: string): Promise<string> {
  return bcrypt.hash(peppered(pin), env().HEARTH_BCRYPT_COST);
}

export async function verifyPin(pin: string, hash: string): Promise<boolean> {
  return bcrypt.compare(peppered(pin), hash);
}
