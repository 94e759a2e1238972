import { type ComponentProps, createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cycleInputSchema } from '../../src/shared/contract/cycles.ts';
import { contractErrorMap, issueMessage } from '../../src/shared/contract/issue-messages.ts';
import { meetingTimeSchema } from '../../src/shared/contract/meetings.ts';
import { participantInputSchema } from '../../src/shared/contract/participants.ts';
import { surveyQuestionsSchema } from '../../src/shared/contract/surveys.ts';
import type { UiLanguage } from '../../src/shared/i18n/languages.ts';
import { validate } from '../../src/web/lib/form.ts';
import { LanguageProvider } from '../../src/web/lib/i18n.tsx';

// The shared schemas' messages, worded by one function (shared/contract/issue-messages.ts) in the
// browser's form check and in the server's answer alike: the contract's own messages, and zod's
// checks by issue code with the issue's figures.

function messages(schema: z.ZodType, value: unknown, language: UiLanguage) {
  const result = schema.safeParse(value, { error: contractErrorMap });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), issueMessage(i, language)]));
}

/** The page's language, as the web app's provider sets it while rendering. */
function showPagesIn(language: UiLanguage) {
  const props: ComponentProps<typeof LanguageProvider> = { language, setLanguage: () => {}, children: null };
  renderToString(createElement(LanguageProvider, props));
}

afterEach(() => showPagesIn('en'));

describe('validation messages', () => {
  const cycle = { name: '', startsOn: '2027-03-01', endsOn: '2027-04-01', language: 'fr' };
  // A refinement over the whole object speaks once its fields are valid.
  const backwards = { name: 'Programme 2027', startsOn: '2027-03-01', endsOn: '2027-02-01' };

  it('word the contract’s own messages and zod’s checks in English, to follow a label', () => {
    expect(messages(cycleInputSchema, cycle, 'en')).toEqual({
      name: 'must not be empty',
      language: 'must be en or de',
    });
    expect(messages(cycleInputSchema, backwards, 'en')).toEqual({ endsOn: 'must be after the start date' });
  });

  it('word them in German', () => {
    expect(messages(cycleInputSchema, cycle, 'de')).toEqual({
      name: 'darf nicht leer sein',
      language: 'muss en oder de sein',
    });
    expect(messages(cycleInputSchema, backwards, 'de')).toEqual({
      endsOn: 'muss nach dem Startdatum liegen',
    });
  });

  it('take figures from the issue, with plurals, and say what is missing', () => {
    const meeting = { startsAtLocal: '2027-03-04T10:00', timeZone: 'Europe/Berlin', durationMinutes: 5 };
    expect(messages(meetingTimeSchema, meeting, 'en')).toEqual({
      durationMinutes: 'must be at least 15 minutes',
    });
    expect(messages(meetingTimeSchema, meeting, 'de')).toEqual({
      durationMinutes: 'muss mindestens 15 Minuten sein',
    });
    expect(messages(surveyQuestionsSchema, [], 'en')).toEqual({ '': 'must have at least 1 question' });
    expect(messages(surveyQuestionsSchema, [], 'de')).toEqual({ '': 'braucht mindestens 1 Frage' });
    const participant = { name: 'Mia', jobTitle: 'x'.repeat(201) };
    const english = messages(participantInputSchema, participant, 'en');
    expect(english).toMatchObject({ email: 'is required', jobTitle: 'must be at most 200 characters' });
    const german = messages(participantInputSchema, participant, 'de');
    expect(german).toMatchObject({
      email: 'muss angegeben werden',
      jobTitle: 'darf höchstens 200 Zeichen lang sein',
    });
  });

  it('reach a form in the language its page is shown in', () => {
    showPagesIn('de');
    expect(validate(cycleInputSchema, cycle)).toEqual({
      ok: false,
      errors: { name: 'darf nicht leer sein', language: 'muss en oder de sein' },
    });
    expect(validate(cycleInputSchema, backwards)).toEqual({
      ok: false,
      errors: { endsOn: 'muss nach dem Startdatum liegen' },
    });
    showPagesIn('en');
    expect(validate(cycleInputSchema, cycle)).toMatchObject({ errors: { name: 'must not be empty' } });
  });
});
