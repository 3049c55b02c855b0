export * from "./audit";
export * from "./children";
export * from "./families";
export * from "./ratelimit";
