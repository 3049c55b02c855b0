/**
 * The due-review query at scale (PRODUCT.md §5: an index scan, ≤ 5 ms with 1,000,000 cards).
 *
 * Builds 1,000,000 review cards across 10,000 children on a PostgreSQL server
 * (BENCH_DATABASE_URL or TEST_DATABASE_URL), or 100,000 across 1,000 children on embedded PGlite
 * when no server is configured. Rows are made in bulk with generate_series, so the build takes
 * seconds. Prints the plan (it must be an Index Scan on review_cards_family_child_due_idx) and the
 * query's p50/p95 for one child, run the way the app runs it: inside a family transaction, as
 * the non-owner role, under row-level security.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import { withFamily } from "@/db/tenant";
import { dueReviewsIn, dueReviewsQuery } from "@/lib/learning/engine/reviews";
import { newReviewCard, reviewCard, serializeCard } from "@/lib/learning/memory";
import { createBenchDatabase, ms, percentile } from "./support/bench-database";

const RUNS = 300;
const WARMUP = 20;
const CHILDREN_PER_FAMILY = 4; // names below are unique per family, so at most four

export async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const onServer = database.kind === "postgres";
  const children = onServer ? 10_000 : 1_000;
  const cardsPerChild = 100;
  const total = children * cardsPerChild;
  const families = Math.ceil(children / CHILDREN_PER_FAMILY);
  console.log(`\n== due reviews: ${database.label}`);
  if (!onServer) {
    console.log(
      `   No BENCH_DATABASE_URL or TEST_DATABASE_URL: a smaller build on PGlite (${total.toLocaleString("en-US")} cards, ${children.toLocaleString("en-US")} children). Set one for the 1,000,000-card figure.`,
    );
  }
  const db = database.db;
  try {
    const card = JSON.stringify(
      serializeCard(
        reviewCard(newReviewCard(new Date("2025-01-01T00:00:00Z")), "good", new Date("2025-01-01T00:00:00Z")),
      ),
    );
    const built = performance.now();
    // The bench database is thrown away, so the bulk load skips foreign-key triggers (a million
    // single-row lookups); the ids it writes are consistent by construction.
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`
        insert into families (id, code)
        select gen_random_uuid(), 'BENCH' || translate(upper(lpad(to_hex(g), 6, '0')), '01', 'XY')
        from generate_series(1, ${families}) g`);
      await tx.execute(sql`
        insert into children (id, family_id, first_name, birth_year, pin_hash)
        select gen_random_uuid(), f.id, (array['Ada', 'Ben', 'Cleo', 'Dev'])[k], 2016, 'x'
        from families f cross join generate_series(1, ${CHILDREN_PER_FAMILY}) k
        limit ${children}`);
      // Due dates spread from 60 days ago to 120 days ahead, so each child has some cards due and
      // most not, as a real schedule does.
      await tx.execute(sql`
        insert into review_cards (family_id, child_id, kind, skill_id, item_id, card, due)
        select c.family_id, c.id,
               case when g % 3 = 0 then 'item' else 'skill' end,
               'math.bench.skill-' || (g % 140),
               case when g % 3 = 0 then 'math.bench.skill-' || (g % 140) || '#' || g else null end,
               ${card}::jsonb,
               now() + ((g * 37) % 180 - 60) * interval '1 day' + ((g * 104729) % 86400) * interval '1 second'
        from children c cross join generate_series(1, ${cardsPerChild}) g`);
    });
    await db.execute(sql`analyze families`);
    await db.execute(sql`analyze children`);
    await db.execute(sql`analyze review_cards`);
    const buildSeconds = (performance.now() - built) / 1000;
    const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from review_cards`);
    console.log(
      `   built ${Number(count?.n).toLocaleString("en-US")} review cards in ${buildSeconds.toFixed(1)} s`,
    );

    const [child] = await queryRows<{ id: string; family_id: string }>(
      db,
      sql`select id, family_id from children order by id limit 1 offset ${Math.floor(children / 2)}`,
    );
    if (!child) throw new Error("no child was created");
    const scope = { familyId: child.family_id, childId: child.id };
    const now = new Date();

    const plan = await withFamily(db, scope.familyId, (tx) =>
      queryRows<Record<string, string>>(
        tx,
        sql`explain (analyze, costs off, timing off, summary off) ${dueReviewsQuery(scope, now, 20)}`,
      ),
    );
    const planText = plan.map((row) => Object.values(row).join(" ")).join("\n");
    console.log(
      `   plan for one child (as the app role, under row-level security):\n${planText.replace(/^/gm, "     ")}`,
    );
    const indexScan = /Index Scan using review_cards_family_child_due_idx/.test(planText);
    console.log(`   index scan on review_cards_family_child_due_idx: ${indexScan ? "yes" : "NO"}`);

    const queryTimes: number[] = [];
    const serviceTimes: number[] = [];
    const transactionTimes: number[] = [];
    let rows = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const started = performance.now();
      await withFamily(db, scope.familyId, async (tx) => {
        const s0 = performance.now();
        rows = (await dueReviewsIn(tx, scope, now, 20)).length;
        const s1 = performance.now();
        const q0 = performance.now();
        await queryRows(tx, dueReviewsQuery(scope, now, 20));
        const q = performance.now() - q0;
        if (i >= WARMUP) {
          serviceTimes.push(s1 - s0);
          queryTimes.push(q);
        }
      });
      if (i >= WARMUP) transactionTimes.push(performance.now() - started);
    }
    const line = (label: string, values: number[]) =>
      `     ${label.padEnd(58)} p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}`;
    console.log(
      `   due query for one child (${rows} due cards returned, limit 20), ${RUNS} runs:\n` +
        `${line("the query", queryTimes)}\n` +
        `${line("dueReviewsIn", serviceTimes)}\n` +
        `${line("in its own family transaction (begin, role, both, commit)", transactionTimes)}`,
    );
    if (!indexScan) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
