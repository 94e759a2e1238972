import { catalogue } from './catalogue.ts';
import de from './de/errors-import.ts';
import en from './en/errors-import.ts';

export const errorsImportMessages = catalogue('errors-import', { en, de });
