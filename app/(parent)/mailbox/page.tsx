import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireParent } from "@/lib/auth/current";
import { serviceModes } from "@/lib/env";
import { familyOutbox } from "@/lib/notifications/outbox";

export const metadata: Metadata = { title: "Mailbox" };

/** Emails Hearth would send you, kept here while no email provider is configured. */
export default async function MailboxPage() {
  const parent = await requireParent();
  const mails = await familyOutbox(await getDb(), { familyId: parent.familyId });
  const local = serviceModes().email === "outbox";
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Mailbox</h1>
      <p className="text-muted">
        {local
          ? "No email service is configured on this Hearth, so the emails we would send you are kept here instead."
          : "A copy of the emails Hearth has sent you."}{" "}
        They never contain your children&apos;s names or words.
      </p>
      {mails.length === 0 ? (
        <p>No emails yet.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Card>
                <h2 className="text-lg font-bold">{mail.subject}</h2>
                <p className="text-sm text-muted">
                  To {mail.toEmail} ·{" "}
                  {mail.createdAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <p className="mt-3 whitespace-pre-wrap">{mail.text}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
