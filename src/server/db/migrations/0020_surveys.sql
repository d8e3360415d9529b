CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"event_id" uuid,
	"answered_on" date NOT NULL,
	"organisation_type" text,
	"answers" jsonb NOT NULL,
	"respondent_email" text
);
--> statement-breakpoint
CREATE TABLE "survey_token_uses" (
	"network_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"token_key" text NOT NULL,
	CONSTRAINT "survey_token_uses_survey_id_token_key_pk" PRIMARY KEY("survey_id","token_key")
);
--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"network_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"questions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_versions_survey_id_version_pk" PRIMARY KEY("survey_id","version")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"intro" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"anonymous" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"close_after_days" integer,
	"opens_on" date,
	"closes_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_version_fk" FOREIGN KEY ("survey_id","version") REFERENCES "public"."survey_versions"("survey_id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_fk" FOREIGN KEY ("network_id","survey_id") REFERENCES "public"."surveys"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE SET NULL ("event_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_token_uses" ADD CONSTRAINT "survey_token_uses_survey_fk" FOREIGN KEY ("network_id","survey_id") REFERENCES "public"."surveys"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_survey_fk" FOREIGN KEY ("network_id","survey_id") REFERENCES "public"."surveys"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_post_meeting_idx" ON "surveys" USING btree ("network_id") WHERE "surveys"."kind" = 'post-meeting';