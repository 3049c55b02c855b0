/** Helpers for writing numbers into prompts. Maths goes inside `$…$` and is rendered by KaTeX. */

/** Wraps TeX in the `$…$` delimiters the page renders. */
export const m = (tex: string): string => `$${tex}$`;

function groupDigits(digits: string, separator: string): string {
  return digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : digits;
}

function group(value: number, separator: string, places?: number): string {
  const sign = value < 0 ? "-" : "";
  const text = places === undefined ? Math.abs(value).toString() : Math.abs(value).toFixed(places);
  const [whole = "0", fraction] = text.split(".");
  return sign + groupDigits(whole, separator) + (fraction ? `.${fraction}` : "");
}

/** A number for plain text: 12,500. Four-digit numbers keep their comma too, for consistency. */
export const num = (value: number): string => group(clean(value), ",");

/** A number inside TeX: `{,}` stops KaTeX from adding a space after the comma. */
export const tex = (value: number): string => group(clean(value), "{,}");

/** Fixed decimal places inside TeX, for money and place-value work where trailing zeros matter. */
export const fixed = (value: number, places: number): string => group(clean(value), "{,}", places);

export const frac = (numerator: number | string, denominator: number | string): string =>
  `\\frac{${numerator}}{${denominator}}`;

export const mixed = (whole: number, numerator: number, denominator: number): string =>
  `${whole}\\tfrac{${numerator}}{${denominator}}`;

/** Rounds away binary noise (0.1 + 0.2) so answers and prompts show the number a person would. */
export const clean = (value: number): number => Number(value.toFixed(9));

export const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

/** "1st", "2nd", "3rd", "4th" … for small positions in patterns. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a" or "an" by sound for the words our templates use ("an hour", "an octagon", "a unit"). */
export const article = (word: string): string =>
  /^(?:[aeio]|u(?!n[iu])|hour|8|11-|18-)/i.test(word) || /^(?:11|18)(?:\b|-)/.test(word) ? "an" : "a";

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Small numbers as words for the youngest children's prompts; larger ones stay as digits. */
export const word = (n: number): string => NUMBER_WORDS[n] ?? String(n);
