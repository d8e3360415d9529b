import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EmailSchema, LocalizedTextSchema } from '#shared/common.ts';
import { CreateEventSchema } from '#shared/events.ts';
import { CreateNetworkSchema, UpdateNetworkSchema } from '#shared/networks.ts';
import { CampaignTranslationsSchema } from '#shared/outreach.ts';
import { maxLengthOf } from './limits.ts';

describe('maxLengthOf', () => {
  it('reads a string field through optional, default, trim and pipes', () => {
    expect(maxLengthOf(z.string().trim().max(42))).toBe(42);
    expect(maxLengthOf(z.object({ a: z.string().max(7).optional() }), 'a')).toBe(7);
    expect(maxLengthOf(z.object({ a: z.string().max(9).default('') }), 'a')).toBe(9);
    expect(
      maxLengthOf(
        z.object({
          a: z
            .string()
            .max(5)
            .transform((s) => s.length),
        }),
        'a',
      ),
    ).toBe(5);
    expect(maxLengthOf(EmailSchema)).toBe(254);
  });

  it('follows object keys and array items, as form field paths name them', () => {
    expect(maxLengthOf(CreateNetworkSchema, 'slug')).toBe(60);
    expect(maxLengthOf(UpdateNetworkSchema, 'goals.0.fi')).toBe(300);
    expect(maxLengthOf(LocalizedTextSchema(120), 'sv')).toBe(120);
    expect(maxLengthOf(CreateEventSchema, 'speakers.*.name')).toBe(120);
    expect(maxLengthOf(CampaignTranslationsSchema, 'sv.subject')).toBe(200);
  });

  it('refuses a path without a maximum, rather than dropping the limit', () => {
    expect(() => maxLengthOf(z.object({ a: z.string() }), 'a')).toThrow('No maximum length at "a"');
    expect(() => maxLengthOf(z.object({ a: z.string().max(1) }), 'b')).toThrow();
  });
});
