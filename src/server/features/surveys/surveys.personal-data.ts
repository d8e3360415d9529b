import { eq } from 'drizzle-orm';
import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import { surveyResponses, surveys } from './surveys.tables.ts';

/**
 * Surveys keep a person's data only in the answers to a survey its organisers made non-anonymous
 * (the form says so): those carry the respondent's address. Anonymous answers lead to no one, and
 * no answer token is stored (they are signed), so there is nothing else to export or erase.
 */
export const surveysPersonalData: PersonalDataPart = {
  feature: 'surveys',
  tables: ['survey_responses'],
  async exportOf(db, person) {
    const rows = await db
      .select({
        survey: surveys.title,
        answeredOn: surveyResponses.answeredOn,
        answers: surveyResponses.answers,
      })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(eq(surveyResponses.respondentEmail, person.email));
    return { surveyAnswers: rows };
  },
  async erase(tx, person) {
    await tx.delete(surveyResponses).where(eq(surveyResponses.respondentEmail, person.email));
  },
};
