import { renderEachLanguage } from '#server/platform/markdown.ts';
import {
  type AccessibilityStatement,
  type AccessibilityStatementInput,
  DEFAULT_SUPERVISORY_AUTHORITY,
  type InstallationSettings,
} from '#shared/installation.ts';
import type { InstallationSettingsRow } from './installation.queries.ts';

function presentStatement(statement: AccessibilityStatementInput): AccessibilityStatement {
  return {
    ...statement,
    knownIssuesHtml: renderEachLanguage(statement.knownIssues),
    assessmentHtml: renderEachLanguage(statement.assessment),
  };
}

/** The settings as visitors and the admin form read them; what no admin has saved yet is the default. */
export function presentSettings(row: InstallationSettingsRow | null): InstallationSettings {
  return {
    contactAddress: row?.contactAddress ?? null,
    statement: row?.accessibilityStatement ? presentStatement(row.accessibilityStatement) : null,
    supervisoryAuthority: row?.supervisoryAuthority ?? DEFAULT_SUPERVISORY_AUTHORITY,
  };
}
