-- Family isolation for the tables added in 0002 (see 0001 for hearth_protect_family_table).
SELECT hearth_protect_family_table('family_keys');
--> statement-breakpoint
SELECT hearth_protect_family_table('skill_mastery');
--> statement-breakpoint
SELECT hearth_protect_family_table('mastery_history');
--> statement-breakpoint
SELECT hearth_protect_family_table('attempts');
--> statement-breakpoint
SELECT hearth_protect_family_table('review_cards');
--> statement-breakpoint
SELECT hearth_protect_family_table('assessments');
--> statement-breakpoint
SELECT hearth_protect_family_table('learning_sessions');
--> statement-breakpoint
-- The curriculum is shared reference data: readable by the application role, written by the loader.
GRANT SELECT ON curriculum_skills TO hearth_app;
