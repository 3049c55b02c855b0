/**
 * How fast the item bank makes items: every math skill's generator, many seeds each, and the
 * checker marking each item's own answer (what a practice answer costs before the database).
 */
import { performance } from "node:perf_hooks";
import { checkAnswer } from "@/lib/learning/check-answer";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { generateItem, hasGenerator } from "@/lib/learning/items";
import type { AnswerSpec } from "@/lib/learning/types";

const SEEDS_PER_SKILL = 2_000;

function typedAnswer(spec: AnswerSpec): string {
  switch (spec.kind) {
    case "number":
      return String(spec.value);
    case "fraction":
      return `${spec.numerator}/${spec.denominator}`;
    case "choice":
      return spec.choices[spec.correctIndex] ?? "";
    case "text":
      return spec.accepted[0] ?? "";
  }
}

export async function main(): Promise<void> {
  const skills = CURRICULUM.skills.filter((s) => hasGenerator(s.id));
  console.log(
    `\n== item generation: ${skills.length} generated skills, ${SEEDS_PER_SKILL.toLocaleString("en-US")} seeds each`,
  );
  // Warm the JIT so the figure is steady-state, as in a running server.
  for (const skill of skills) for (let seed = 0; seed < 50; seed++) generateItem(skill.id, seed);

  let generated = 0;
  let slowest = { id: "", perSecond: Number.POSITIVE_INFINITY };
  const started = performance.now();
  for (const skill of skills) {
    const t0 = performance.now();
    for (let seed = 1_000; seed < 1_000 + SEEDS_PER_SKILL; seed++) generateItem(skill.id, seed);
    const perSecond = SEEDS_PER_SKILL / ((performance.now() - t0) / 1000);
    if (perSecond < slowest.perSecond) slowest = { id: skill.id, perSecond };
    generated += SEEDS_PER_SKILL;
  }
  const seconds = (performance.now() - started) / 1000;

  let checked = 0;
  const checkStarted = performance.now();
  for (const skill of skills) {
    for (let seed = 5_000; seed < 5_200; seed++) {
      const item = generateItem(skill.id, seed);
      if (!checkAnswer(item.answer, typedAnswer(item.answer)).correct)
        throw new Error(`${item.id}: its own answer is not accepted`);
      checked += 1;
    }
  }
  const checkSeconds = (performance.now() - checkStarted) / 1000;

  const rate = (n: number) => Math.round(n).toLocaleString("en-US");
  console.log(
    `   ${rate(generated / seconds)} items generated per second (${rate(generated)} items in ${seconds.toFixed(2)} s)`,
  );
  console.log(`   slowest skill: ${slowest.id} at ${rate(slowest.perSecond)} items per second`);
  console.log(
    `   ${rate(checked / checkSeconds)} items generated and marked per second (${rate(checked)} items)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
