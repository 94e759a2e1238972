import { catalogue } from './catalogue.ts';
import de from './de/alumni.ts';
import en from './en/alumni.ts';

export const alumniMessages = catalogue('alumni', { en, de });
