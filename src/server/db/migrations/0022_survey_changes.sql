CREATE TABLE "survey_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decided_on" date NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_changes_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "survey_changes" ADD CONSTRAINT "survey_changes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_changes_newest_idx" ON "survey_changes" USING btree ("network_id","decided_on");--> statement-breakpoint
-- The network's home page shows its newest changes: a change forgets its cached pages (page-cache.ts).
CREATE TRIGGER survey_changes_notify_change
  AFTER INSERT OR UPDATE OR DELETE ON survey_changes
  FOR EACH ROW EXECUTE FUNCTION verkosto_notify_event_change();
