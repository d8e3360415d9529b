import { z } from 'zod';

/** The longest Markdown text the server renders; the longest field it stores is no longer. */
export const MAX_MARKDOWN_CHARS = 20_000;
export const MarkdownPreviewInputSchema = z.strictObject({ markdown: z.string().max(MAX_MARKDOWN_CHARS) });
/** The HTML exactly as the server would publish it: rendered and sanitised. */
export const MarkdownPreviewSchema = z.object({ html: z.string() });
