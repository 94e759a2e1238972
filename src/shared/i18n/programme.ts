import { catalogue } from './catalogue.ts';
import de from './de/programme.ts';
import en from './en/programme.ts';

export const programmeMessages = catalogue('programme', { en, de });
