import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { purgeExpired } from "@/lib/privacy/lifecycle";
import { handlePurgeCron } from "@/lib/privacy/purge-cron";

/**
 * P19: permanently purges families and children whose 30-day grace period has ended.
 * Called by a scheduler (e.g. Vercel Cron, daily) with `Authorization: Bearer $CRON_SECRET`;
 * `npm run jobs:purge` does the same from a shell.
 */
export const dynamic = "force-dynamic";

async function purge(request: Request): Promise<Response> {
  return handlePurgeCron(request, {
    secret: env().CRON_SECRET,
    run: async () => purgeExpired(await getDb()),
  });
}

export { purge as GET, purge as POST };
