import { catalogue } from './catalogue.ts';
import de from './de/sign-in.ts';
import en from './en/sign-in.ts';

export const signInMessages = catalogue('sign-in', { en, de });
