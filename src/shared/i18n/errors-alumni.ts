import { catalogue } from './catalogue.ts';
import de from './de/errors-alumni.ts';
import en from './en/errors-alumni.ts';

export const errorsAlumniMessages = catalogue('errors-alumni', { en, de });
