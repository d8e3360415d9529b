ALTER TABLE "subscribers" ADD COLUMN "source_by" text;--> statement-breakpoint
ALTER TABLE "subscribers" ADD COLUMN "source_file" text;--> statement-breakpoint
-- The source was English text ("interest form", "added by x", "import of f by x on d"): now a kind.
UPDATE "subscribers" SET
  "source_by" = CASE
    WHEN "source" LIKE 'added by %' THEN substring("source" from 10)
    WHEN "source" LIKE 'import of % by % on %' THEN substring("source" from ' by (\S+) on ')
  END,
  "source_file" = CASE WHEN "source" LIKE 'import of % by % on %' THEN substring("source" from '^import of (.+) by \S+ on ') END,
  "source" = CASE
    WHEN "source" = 'interest form' THEN 'interest-form'
    WHEN "source" LIKE 'import of %' THEN 'import'
    WHEN "source" LIKE 'demo%' THEN 'demo'
    ELSE 'manual'
  END;
