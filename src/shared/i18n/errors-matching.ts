import { catalogue } from './catalogue.ts';
import de from './de/errors-matching.ts';
import en from './en/errors-matching.ts';

export const errorsMatchingMessages = catalogue('errors-matching', { en, de });
