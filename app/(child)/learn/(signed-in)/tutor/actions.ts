"use server";

import { z } from "zod";
import { childAction } from "@/lib/actions/action-client";
import { reportConcern as recordReport } from "@/lib/tutor/report";

const reportSchema = z.object({
  conversationId: z
    .union([z.uuid({ message: "That conversation could not be found." }), z.literal("")])
    .optional()
    .transform((v) => (v ? v : null)),
});

/** "Tell a grown-up": the child asks for their parent's attention (P25). */
export const reportConcern = childAction(reportSchema, async ({ input, ctx }) => {
  await recordReport(ctx.db, ctx.child, { conversationId: input.conversationId }, ctx.request);
  return {
    status: "ok",
    message:
      "Thank you for telling us. We've let your grown-up know. You did the right thing. If you feel unsafe right now, talk to a grown-up near you.",
  };
});
