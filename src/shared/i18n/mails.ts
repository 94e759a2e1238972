import { catalogue } from './catalogue.ts';
import de from './de/mails.ts';
import en from './en/mails.ts';

export const mailsMessages = catalogue('mails', { en, de });
