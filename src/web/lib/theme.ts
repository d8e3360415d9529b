import { suomifiDesignTokens } from 'suomifi-ui-components';

const { colors, spacing, typography } = suomifiDesignTokens;

/** Colours, spacing and type from the Suomi.fi design tokens, for our own styled elements. */
export const tokens = {
  text: colors.blackBase,
  muted: colors.depthDark1,
  brand: colors.brandBase,
  highlight: colors.highlightBase,
  highlightDark: colors.highlightDark1,
  border: colors.depthDark1,
  borderLight: colors.depthLight1,
  surface: colors.whiteBase,
  surfaceAlt: colors.depthLight3,
  secondary: colors.depthSecondary,
  error: colors.alertBase,
  success: colors.successDark1,
  focus: 'hsl(196, 77%, 30%)',
  space: spacing,
  /** Complete CSS declarations (font-family, size, line-height, weight). */
  type: {
    body: typography.bodyText,
    bodySmall: typography.bodyTextSmall,
    label: typography.bodySemiBoldSmall,
    semiBold: typography.bodySemiBold,
  },
};
