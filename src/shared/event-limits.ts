// The programme's limits without zod, for the public pages (events.ts re-exports them; docs/decisions/0021).

/** The limits of the programme's fields, for the server's checks and the web forms alike. */
export const EVENT_LIMITS = {
  /** A theme's, an event's or a material's title. */
  titleChars: 200,
  themeDescriptionChars: 8000,
  /** An event's introduction and notes (Markdown). */
  markdownChars: 20_000,
  urlChars: 2000,
  speakers: 20,
  speakerNameChars: 120,
  speakerOrganisationChars: 200,
  speakerRoleChars: 200,
  minDurationMinutes: 5,
  /** A meeting's length, and how early its link opens. */
  maxMinutes: 1440,
  ruleChars: 500,
  exceptDates: 500,
  themes: 500,
  searchChars: 200,
  listEvents: 500,
} as const;
