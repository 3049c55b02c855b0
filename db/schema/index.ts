export * from "./audit";
export * from "./children";
export * from "./families";
export * from "./keys";
export * from "./learning";
export * from "./notifications";
export * from "./ratelimit";
export * from "./tutor";
