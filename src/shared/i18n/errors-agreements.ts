import { catalogue } from './catalogue.ts';
import de from './de/errors-agreements.ts';
import en from './en/errors-agreements.ts';

export const errorsAgreementsMessages = catalogue('errors-agreements', { en, de });
