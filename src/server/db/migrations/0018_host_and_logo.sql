CREATE TABLE "network_logos" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "host_name" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "logo_version" text;--> statement-breakpoint
ALTER TABLE "network_logos" ADD CONSTRAINT "network_logos_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Lists of meetings show their materials: a change to them, too, tells the caches (events.cache.ts).
CREATE TRIGGER materials_notify_change
  AFTER INSERT OR UPDATE OR DELETE ON materials
  FOR EACH ROW EXECUTE FUNCTION verkosto_notify_event_change();
