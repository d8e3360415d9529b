-- A campaign's lists move from a JSON array to rows whose keys include the network, and its
-- meeting's key includes the network too, so the schema refuses either in another network.
-- Removing a meeting empties only event_id (PostgreSQL 15+), never network_id.
CREATE TABLE "campaign_lists" (
	"network_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "campaign_lists_campaign_id_list_id_pk" PRIMARY KEY("campaign_id","list_id")
);
--> statement-breakpoint
-- The array's order is kept (its first list names the test mail's language). An id that is not a
-- list of the campaign's network reached no one before and is left out; a repeat keeps its first place.
INSERT INTO "campaign_lists" ("network_id", "campaign_id", "list_id", "position")
SELECT DISTINCT ON (c."id", l."id") c."network_id", c."id", l."id", e."position" - 1
FROM "campaigns" c
CROSS JOIN LATERAL jsonb_array_elements_text(c."list_ids") WITH ORDINALITY AS e("value", "position")
JOIN "mailing_lists" l ON l."network_id" = c."network_id" AND l."id"::text = e."value"
ORDER BY c."id", l."id", e."position";
--> statement-breakpoint
ALTER TABLE "campaign_lists" ADD CONSTRAINT "campaign_lists_campaign_fk" FOREIGN KEY ("network_id","campaign_id") REFERENCES "public"."campaigns"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "campaign_lists" ADD CONSTRAINT "campaign_lists_list_fk" FOREIGN KEY ("network_id","list_id") REFERENCES "public"."mailing_lists"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "campaign_lists_list_idx" ON "campaign_lists" USING btree ("list_id");
--> statement-breakpoint
ALTER TABLE "campaigns" DROP COLUMN "list_ids";
--> statement-breakpoint
ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_event_id_events_id_fk";
--> statement-breakpoint
-- The service only ever linked a meeting of the campaign's network; a link to any other is dropped
-- rather than kept (its mail would show another network's meeting).
UPDATE "campaigns" c SET "event_id" = NULL
WHERE c."event_id" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "events" e WHERE e."network_id" = c."network_id" AND e."id" = c."event_id");
--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE SET NULL ("event_id") ON UPDATE no action;
