import { catalogue } from './catalogue.ts';
import de from './de/validation.ts';
import en from './en/validation.ts';

export const validationMessages = catalogue('validation', { en, de });
