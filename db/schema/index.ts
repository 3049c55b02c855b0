export * from "./audit";
export * from "./children";
export * from "./families";
export * from "./keys";
export * from "./learning";
export * from "./ratelimit";
