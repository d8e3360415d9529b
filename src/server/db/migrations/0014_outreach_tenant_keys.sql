-- Outreach rows carry their network, and every key from a child to its parent includes it, so
-- the schema itself refuses an address, a delivery or a campaign's job in another network.
ALTER TABLE "subscribers" ADD COLUMN "network_id" uuid;--> statement-breakpoint
UPDATE "subscribers" s SET "network_id" = l."network_id" FROM "mailing_lists" l WHERE l."id" = s."list_id";--> statement-breakpoint
ALTER TABLE "subscribers" ALTER COLUMN "network_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "network_id" uuid;--> statement-breakpoint
UPDATE "deliveries" d SET "network_id" = c."network_id" FROM "campaigns" c WHERE c."id" = d."campaign_id";--> statement-breakpoint
ALTER TABLE "deliveries" ALTER COLUMN "network_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "send_job_id" uuid;--> statement-breakpoint
ALTER TABLE "mailing_lists" ADD CONSTRAINT "mailing_lists_network_id_key" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_network_id_key" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_network_id_key" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "subscribers" DROP CONSTRAINT "subscribers_list_id_mailing_lists_id_fk";--> statement-breakpoint
ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_list_fk" FOREIGN KEY ("network_id","list_id") REFERENCES "public"."mailing_lists"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_campaign_id_campaigns_id_fk";--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_campaign_fk" FOREIGN KEY ("network_id","campaign_id") REFERENCES "public"."campaigns"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_subscriber_id_subscribers_id_fk";--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_subscriber_fk" FOREIGN KEY ("network_id","subscriber_id") REFERENCES "public"."subscribers"("network_id","id") ON DELETE cascade ON UPDATE no action;
