CREATE TABLE "installation_settings" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"contact_address" text,
	"accessibility_statement" jsonb,
	"supervisory_authority" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "installation_settings_one_row" CHECK ("installation_settings"."singleton")
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "privacy_notice" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "contact_address" text;--> statement-breakpoint
ALTER TABLE "mailing_lists" ADD COLUMN "public_description" text DEFAULT '' NOT NULL;