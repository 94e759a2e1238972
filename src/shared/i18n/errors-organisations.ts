import { catalogue } from './catalogue.ts';
import de from './de/errors-organisations.ts';
import en from './en/errors-organisations.ts';

export const errorsOrganisationsMessages = catalogue('errors-organisations', { en, de });
