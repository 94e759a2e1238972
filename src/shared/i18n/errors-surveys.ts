import { catalogue } from './catalogue.ts';
import de from './de/errors-surveys.ts';
import en from './en/errors-surveys.ts';

export const errorsSurveysMessages = catalogue('errors-surveys', { en, de });
