import { choiceAnswer } from "./define-generator";

/** Every comparison item offers the same three symbols in the same order, so children learn one layout. */
export const COMPARE_SYMBOLS = ["<", "=", ">"];

export const compareSymbol = (difference: number): string =>
  difference < 0 ? "<" : difference > 0 ? ">" : "=";

export const compareAnswer = (difference: number) =>
  choiceAnswer([...COMPARE_SYMBOLS], compareSymbol(difference));

/** TeX for "left □ right", the blank the child fills with a symbol. */
export const comparePrompt = (left: string, right: string): string => `$${left} \\;\\square\\; ${right}$`;

export const SYMBOL_REMINDER = "The open side of < or > faces the greater number, like a hungry mouth.";
