import { catalogue } from './catalogue.ts';
import de from './de/password-reset.ts';
import en from './en/password-reset.ts';

export const passwordResetMessages = catalogue('password-reset', { en, de });
