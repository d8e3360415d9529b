import { describe, expect, it } from 'vitest';
import { composerFields, NO_RECIPIENTS } from './composer-errors.ts';

const messages = {
  scheduleInvalid: 'pick a later time',
  noRecipients: 'nobody to send to',
  listsRequired: 'choose a list',
  subjectRequired: 'write a subject',
};

describe('composerFields', () => {
  it('drops the already-sent field and shows a bad time at the chosen date field', () => {
    const fields = { 'campaign.campaign': 'already sent', 'campaign.at': 'in the past' };
    expect(composerFields(fields, 'campaign.reminderDate', messages)).toEqual({
      'campaign.reminderDate': 'pick a later time',
    });
  });

  it('tells an empty list choice apart from a list choice with nobody to send to', () => {
    expect(composerFields({ 'campaign.listIds': NO_RECIPIENTS }, 'campaign.scheduleDate', messages)).toEqual({
      'campaign.listIds': 'nobody to send to',
    });
    expect(composerFields({ 'campaign.listIds': 'too small' }, 'campaign.scheduleDate', messages)).toEqual({
      'campaign.listIds': 'choose a list',
    });
  });

  it('asks for the subject of the main text and of each translation, and keeps other fields', () => {
    const fields = {
      'campaign.subject': 'too small',
      'campaign.translations.sv.subject': 'too small',
      'campaign.body': 'too big',
    };
    expect(composerFields(fields, 'campaign.scheduleDate', messages)).toEqual({
      'campaign.subject': 'write a subject',
      'campaign.translations.sv.subject': 'write a subject',
      'campaign.body': 'too big',
    });
  });
});
