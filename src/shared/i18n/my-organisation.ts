import { catalogue } from './catalogue.ts';
import de from './de/my-organisation.ts';
import en from './en/my-organisation.ts';

export const myOrganisationMessages = catalogue('my-organisation', { en, de });
