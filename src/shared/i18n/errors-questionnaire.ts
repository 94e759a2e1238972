import { catalogue } from './catalogue.ts';
import de from './de/errors-questionnaire.ts';
import en from './en/errors-questionnaire.ts';

export const errorsQuestionnaireMessages = catalogue('errors-questionnaire', { en, de });
