import { describe, expect, it } from 'vitest';
import { composerFields, NO_RECIPIENTS } from './composer-errors.ts';

/** An error's fields as the composer receives them, with the codes the server gave. */
const error = (fields: Record<string, string>, fieldCodes: Record<string, string> = {}) => ({
  fields,
  fieldCodes,
});

const messages = {
  scheduleInvalid: 'pick a later time',
  noRecipients: 'nobody to send to',
  listsRequired: 'choose a list',
  subjectRequired: 'write a subject',
};

describe('composerFields', () => {
  it('drops the already-sent field and shows a bad time at the chosen date field', () => {
    const fields = { 'campaign.campaign': 'already sent', 'campaign.at': 'in the past' };
    expect(composerFields(error(fields), 'campaign.reminderDate', messages)).toEqual({
      'campaign.reminderDate': 'pick a later time',
    });
  });

  it('tells an empty list choice apart from a list choice with nobody to send to', () => {
    expect(
      composerFields(
        error({ 'campaign.listIds': NO_RECIPIENTS.text }, { 'campaign.listIds': 'no-confirmed-addresses' }),
        'campaign.scheduleDate',
        messages,
      ),
    ).toEqual({
      'campaign.listIds': 'nobody to send to',
    });
    expect(
      composerFields(error({ 'campaign.listIds': 'too small' }), 'campaign.scheduleDate', messages),
    ).toEqual({
      'campaign.listIds': 'choose a list',
    });
  });

  it('asks for the subject of the main text and of each translation, and keeps other fields', () => {
    const fields = {
      'campaign.subject': 'too small',
      'campaign.translations.sv.subject': 'too small',
      'campaign.body': 'too big',
    };
    expect(composerFields(error(fields), 'campaign.scheduleDate', messages)).toEqual({
      'campaign.subject': 'write a subject',
      'campaign.translations.sv.subject': 'write a subject',
      'campaign.body': 'too big',
    });
  });
});
