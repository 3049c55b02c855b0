export { SCREENING_PROMPT_MARKER, socraticDefaultReply } from "./default-behaviour";
export type { FakeUsage, ScriptedReply } from "./replies";
export { reply, splitIntoChunks } from "./replies";
export type { FakeAnthropic, FakeAnthropicOptions, RecordedRequest, ReplyHandler } from "./server";
export { startFakeAnthropic } from "./server";
