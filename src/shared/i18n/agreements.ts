import { catalogue } from './catalogue.ts';
import de from './de/agreements.ts';
import en from './en/agreements.ts';

export const agreementsMessages = catalogue('agreements', { en, de });
