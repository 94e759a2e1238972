import { catalogue } from './catalogue.ts';
import de from './de/organisations.ts';
import en from './en/organisations.ts';

export const organisationsMessages = catalogue('organisations', { en, de });
