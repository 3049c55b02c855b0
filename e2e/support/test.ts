import { type Browser, type BrowserContextOptions, test as base } from "@playwright/test";

/**
 * Rate limits (P14) count unauthenticated requests per client address. Every test and every
 * extra browser context gets its own address (from the documentation range 198.51.100.0/24,
 * sent only as a header to the local server), as separate people on separate devices would.
 */
let counter = 0;
export function clientAddress(): string {
  counter += 1;
  return `198.51.${100 + ((process.pid + counter) % 100)}.${(Date.now() + counter) % 250}`;
}

export function newClientContext(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({
    ...options,
    extraHTTPHeaders: { ...options.extraHTTPHeaders, "x-forwarded-for": clientAddress() },
  });
}

export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": clientAddress() });
  },
});

export { expect } from "@playwright/test";
