import { catalogue } from './catalogue.ts';
import de from './de/errors-meetings.ts';
import en from './en/errors-meetings.ts';

export const errorsMeetingsMessages = catalogue('errors-meetings', { en, de });
