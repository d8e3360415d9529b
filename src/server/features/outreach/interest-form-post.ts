/**
 * The interest form as a browser without JavaScript posts it (application/x-www-form-urlencoded),
 * read into the shape the API's sign-up takes, so both are checked by one schema. A box that was
 * not ticked is not sent at all; an empty select is "not specified".
 */
export function interestFromForm(body: string): Record<string, unknown> {
  const form = new URLSearchParams(body);
  const text = (name: string) => form.get(name) ?? undefined;
  return {
    name: text('name') ?? '',
    email: text('email') ?? '',
    organisation: text('organisation'),
    organisationType: text('organisationType') || undefined,
    role: text('role'),
    topics: form.getAll('topics'),
    language: text('language'),
    listIds: form.getAll('listIds'),
    consent: form.has('consent'),
    consentVersion: text('consentVersion'),
    website: text('website'),
  };
}
