import { randomInt } from "node:crypto";

/**
 * Family codes are typed by children and read aloud by parents, so the alphabet leaves out
 * look-alikes (0/O, 1/I/L) and U (avoids accidental words). 9 characters from 30 symbols give
 * 44 bits from the CSPRNG; they are shown as three groups of three.
 */
export const FAMILY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const FAMILY_CODE_LENGTH = 9;

export function generateFamilyCode(): string {
  let code = "";
  for (let i = 0; i < FAMILY_CODE_LENGTH; i++)
    code += FAMILY_CODE_ALPHABET[randomInt(FAMILY_CODE_ALPHABET.length)];
  return code;
}

/** What a person types → the stored form: upper case, spaces and dashes dropped. */
export function normalizeFamilyCode(input: string): string {
  return input
    .slice(0, 64)
    .toUpperCase()
    .replace(/[\s\-_.·]/g, "");
}

export function formatFamilyCode(code: string): string {
  return code.match(/.{1,3}/g)?.join("-") ?? code;
}

export function isWellFormedFamilyCode(normalized: string): boolean {
  return (
    normalized.length === FAMILY_CODE_LENGTH && [...normalized].every((c) => FAMILY_CODE_ALPHABET.includes(c))
  );
}
