import { catalogue } from './catalogue.ts';
import de from './de/questionnaire.ts';
import en from './en/questionnaire.ts';

export const questionnaireMessages = catalogue('questionnaire', { en, de });
