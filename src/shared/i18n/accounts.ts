import { catalogue } from './catalogue.ts';
import de from './de/accounts.ts';
import en from './en/accounts.ts';

export const accountsMessages = catalogue('accounts', { en, de });
