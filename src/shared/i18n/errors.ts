import { catalogue } from './catalogue.ts';
import de from './de/errors.ts';
import en from './en/errors.ts';

export const errorMessages = catalogue('errors', { en, de });
