DROP INDEX "review_cards_child_due_idx";--> statement-breakpoint
DROP INDEX "review_cards_family_idx";--> statement-breakpoint
CREATE INDEX "review_cards_family_child_due_idx" ON "review_cards" USING btree ("family_id","child_id","due");