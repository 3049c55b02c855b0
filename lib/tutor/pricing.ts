/**
 * An estimate of what a model call cost, for the token ledger (P8). Prices are US dollars per
 * million tokens from Anthropic's public price list; a dollar per million tokens is exactly one
 * micro-dollar per token, so costs stay whole numbers of micro-dollars with no rounding drift.
 * Cache writes (5-minute) cost 1.25× input, cache reads 0.1× input.
 *
 * An unknown model is priced as the most expensive family we use as a default, so a ledger never
 * under-reports.
 */

export interface Price {
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
}

export interface TokenCounts {
  inputTokens: number;
  outputTokens: number;
  cacheWriteTokens: number;
  cacheReadTokens: number;
}

const price = (input: number, output: number): Price => ({
  input,
  output,
  cacheWrite: input * 1.25,
  cacheRead: input * 0.1,
});

/** Longest prefix wins: "claude-opus-4-1" before "claude-opus-4". */
const PRICES: [prefix: string, price: Price][] = [
  ["claude-opus-4-5", price(5, 25)],
  ["claude-opus-4-1", price(15, 75)],
  ["claude-opus-4", price(15, 75)],
  ["claude-sonnet-4", price(3, 15)],
  ["claude-3-7-sonnet", price(3, 15)],
  ["claude-haiku-4", price(1, 5)],
  ["claude-3-5-haiku", price(0.8, 4)],
  ["claude-3-haiku", price(0.25, 1.25)],
];

const FALLBACK = price(15, 75);

export function priceOf(model: string): Price {
  let best: [string, Price] | undefined;
  for (const entry of PRICES) {
    if (model.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1] ?? FALLBACK;
}

/** Estimated cost in micro-dollars (millionths of a US dollar), rounded up to a whole one. */
export function estimateCostMicroUsd(model: string, tokens: TokenCounts): number {
  const p = priceOf(model);
  const cost =
    tokens.inputTokens * p.input +
    tokens.outputTokens * p.output +
    tokens.cacheWriteTokens * p.cacheWrite +
    tokens.cacheReadTokens * p.cacheRead;
  return Math.max(0, Math.ceil(cost - 1e-9));
}
