import { describe, expect, it } from 'vitest';
import { filterFromParams, paramsWithFilter } from './results-filter.ts';

const THEME = '0b9c3c1e-6f0a-4c8e-9a52-1f3d2b7c4e10';

describe('the results filter in the address', () => {
  it('reads the filters it knows and leaves out values the API would refuse', () => {
    const params = new URLSearchParams(
      `theme=${THEME}&event=not-an-id&firstTime=maybe&organisationType=ministry`,
    );
    expect(filterFromParams(params)).toEqual({ theme: THEME, organisationType: 'ministry' });
  });

  it('replaces the filter and keeps the address’s other parameters', () => {
    const params = new URLSearchParams('lang=sv&firstTime=yes&organisationType=ministry');
    expect(paramsWithFilter(params, { firstTime: 'no' }).toString()).toBe('lang=sv&firstTime=no');
  });
});
