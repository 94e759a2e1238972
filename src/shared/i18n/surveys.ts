import { catalogue } from './catalogue.ts';
import de from './de/surveys.ts';
import en from './en/surveys.ts';

export const surveysMessages = catalogue('surveys', { en, de });
