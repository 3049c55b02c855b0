-- Family isolation for the tables added in 0004 (see 0001 for hearth_protect_family_table).
SELECT hearth_protect_family_table('conversations');
--> statement-breakpoint
SELECT hearth_protect_family_table('messages');
--> statement-breakpoint
SELECT hearth_protect_family_table('token_usage');
--> statement-breakpoint
SELECT hearth_protect_family_table('safety_events');
--> statement-breakpoint
SELECT hearth_protect_family_table('child_settings');
--> statement-breakpoint
SELECT hearth_protect_family_table('family_settings');
--> statement-breakpoint
SELECT hearth_protect_family_table('notifications');
--> statement-breakpoint
SELECT hearth_protect_family_table('email_outbox');
