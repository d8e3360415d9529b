-- Every child row carries its parent's network, and a composite foreign key on (network_id, parent)
-- refuses a parent of another network. The new columns are filled from the parent before NOT NULL.
-- Removing a series or theme empties only series_id / theme_id (PostgreSQL 15+), never network_id.
ALTER TABLE "attendance_intents" DROP CONSTRAINT "attendance_intents_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "event_joins" DROP CONSTRAINT "event_joins_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_series_id_series_id_fk";
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_theme_id_themes_id_fk";
--> statement-breakpoint
ALTER TABLE "materials" DROP CONSTRAINT "materials_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "live_log" DROP CONSTRAINT "live_log_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "live_messages" DROP CONSTRAINT "live_messages_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "live_messages" DROP CONSTRAINT "live_messages_participant_id_live_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "live_participants" DROP CONSTRAINT "live_participants_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "live_poll_votes" DROP CONSTRAINT "live_poll_votes_poll_id_live_polls_id_fk";
--> statement-breakpoint
ALTER TABLE "live_poll_votes" DROP CONSTRAINT "live_poll_votes_participant_id_live_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "live_polls" DROP CONSTRAINT "live_polls_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "live_question_votes" DROP CONSTRAINT "live_question_votes_message_id_live_messages_id_fk";
--> statement-breakpoint
ALTER TABLE "live_question_votes" DROP CONSTRAINT "live_question_votes_participant_id_live_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "live_reports" DROP CONSTRAINT "live_reports_message_id_live_messages_id_fk";
--> statement-breakpoint
ALTER TABLE "live_reports" DROP CONSTRAINT "live_reports_participant_id_live_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "live_rooms" DROP CONSTRAINT "live_rooms_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "live_log" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
ALTER TABLE "live_messages" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
ALTER TABLE "live_participants" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
ALTER TABLE "live_poll_votes" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
ALTER TABLE "live_polls" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
ALTER TABLE "live_question_votes" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
ALTER TABLE "live_reports" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
ALTER TABLE "live_rooms" ADD COLUMN "network_id" uuid;
--> statement-breakpoint
UPDATE "live_rooms" SET "network_id" = e."network_id" FROM "events" e WHERE e."id" = "live_rooms"."event_id";
--> statement-breakpoint
UPDATE "live_participants" SET "network_id" = e."network_id" FROM "events" e WHERE e."id" = "live_participants"."event_id";
--> statement-breakpoint
UPDATE "live_polls" SET "network_id" = e."network_id" FROM "events" e WHERE e."id" = "live_polls"."event_id";
--> statement-breakpoint
UPDATE "live_log" SET "network_id" = e."network_id" FROM "events" e WHERE e."id" = "live_log"."event_id";
--> statement-breakpoint
UPDATE "live_messages" SET "network_id" = e."network_id" FROM "events" e WHERE e."id" = "live_messages"."event_id";
--> statement-breakpoint
UPDATE "live_question_votes" SET "network_id" = m."network_id" FROM "live_messages" m WHERE m."id" = "live_question_votes"."message_id";
--> statement-breakpoint
UPDATE "live_reports" SET "network_id" = m."network_id" FROM "live_messages" m WHERE m."id" = "live_reports"."message_id";
--> statement-breakpoint
UPDATE "live_poll_votes" SET "network_id" = p."network_id" FROM "live_polls" p WHERE p."id" = "live_poll_votes"."poll_id";
--> statement-breakpoint
ALTER TABLE "live_log" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "live_messages" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "live_participants" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "live_poll_votes" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "live_polls" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "live_question_votes" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "live_reports" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "live_rooms" ALTER COLUMN "network_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "series" ADD CONSTRAINT "series_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "live_messages" ADD CONSTRAINT "live_messages_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "live_participants" ADD CONSTRAINT "live_participants_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "live_polls" ADD CONSTRAINT "live_polls_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "attendance_intents" ADD CONSTRAINT "attendance_intents_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_joins" ADD CONSTRAINT "event_joins_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_series_fk" FOREIGN KEY ("network_id","series_id") REFERENCES "public"."series"("network_id","id") ON DELETE SET NULL ("series_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_theme_fk" FOREIGN KEY ("network_id","theme_id") REFERENCES "public"."themes"("network_id","id") ON DELETE SET NULL ("theme_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_log" ADD CONSTRAINT "live_log_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_messages" ADD CONSTRAINT "live_messages_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_messages" ADD CONSTRAINT "live_messages_participant_fk" FOREIGN KEY ("network_id","participant_id") REFERENCES "public"."live_participants"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_participants" ADD CONSTRAINT "live_participants_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_poll_votes" ADD CONSTRAINT "live_poll_votes_poll_fk" FOREIGN KEY ("network_id","poll_id") REFERENCES "public"."live_polls"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_poll_votes" ADD CONSTRAINT "live_poll_votes_participant_fk" FOREIGN KEY ("network_id","participant_id") REFERENCES "public"."live_participants"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_polls" ADD CONSTRAINT "live_polls_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_question_votes" ADD CONSTRAINT "live_question_votes_message_fk" FOREIGN KEY ("network_id","message_id") REFERENCES "public"."live_messages"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_question_votes" ADD CONSTRAINT "live_question_votes_participant_fk" FOREIGN KEY ("network_id","participant_id") REFERENCES "public"."live_participants"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_reports" ADD CONSTRAINT "live_reports_message_fk" FOREIGN KEY ("network_id","message_id") REFERENCES "public"."live_messages"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_reports" ADD CONSTRAINT "live_reports_participant_fk" FOREIGN KEY ("network_id","participant_id") REFERENCES "public"."live_participants"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
