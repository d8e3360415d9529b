-- Content organisers write is localized: { "fi": …, "sv": …, "en": … }. What was written before is
-- in the network's main language, which is Finnish for every network made before this column.
ALTER TABLE "networks" ADD COLUMN "main_language" text DEFAULT 'fi' NOT NULL;--> statement-breakpoint
CREATE FUNCTION verkosto_localize_text(value text) RETURNS jsonb LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN value = '' THEN '{}'::jsonb ELSE jsonb_build_object('fi', value) END $$;--> statement-breakpoint
ALTER TABLE "events" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "introduction" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "notes" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "themes" ALTER COLUMN "description" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "mailing_lists" ALTER COLUMN "public_description" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "title" SET DATA TYPE jsonb USING verkosto_localize_text("title");--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "introduction" SET DATA TYPE jsonb USING verkosto_localize_text("introduction");--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "introduction" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "notes" SET DATA TYPE jsonb USING verkosto_localize_text("notes");--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "notes" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('finnish', coalesce(title->>'fi', '') || ' ' || coalesce(introduction->>'fi', '') || ' ' || coalesce(notes->>'fi', '')) || to_tsvector('swedish', coalesce(title->>'sv', '') || ' ' || coalesce(introduction->>'sv', '') || ' ' || coalesce(notes->>'sv', '')) || to_tsvector('english', coalesce(title->>'en', '') || ' ' || coalesce(introduction->>'en', '') || ' ' || coalesce(notes->>'en', ''))) STORED;--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
ALTER TABLE "materials" ALTER COLUMN "title" SET DATA TYPE jsonb USING verkosto_localize_text("title");--> statement-breakpoint
ALTER TABLE "series" ALTER COLUMN "title" SET DATA TYPE jsonb USING verkosto_localize_text("title");--> statement-breakpoint
ALTER TABLE "themes" ALTER COLUMN "title" SET DATA TYPE jsonb USING verkosto_localize_text("title");--> statement-breakpoint
ALTER TABLE "themes" ALTER COLUMN "description" SET DATA TYPE jsonb USING verkosto_localize_text("description");--> statement-breakpoint
ALTER TABLE "themes" ALTER COLUMN "description" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "mailing_lists" ALTER COLUMN "name" SET DATA TYPE jsonb USING verkosto_localize_text("name");--> statement-breakpoint
ALTER TABLE "mailing_lists" ALTER COLUMN "public_description" SET DATA TYPE jsonb USING verkosto_localize_text("public_description");--> statement-breakpoint
ALTER TABLE "mailing_lists" ALTER COLUMN "public_description" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
DROP FUNCTION verkosto_localize_text(text);
