import { catalogue } from './catalogue.ts';
import de from './de/not-found.ts';
import en from './en/not-found.ts';

export const notFoundMessages = catalogue('not-found', { en, de });
