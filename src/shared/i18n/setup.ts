import { catalogue } from './catalogue.ts';
import de from './de/setup.ts';
import en from './en/setup.ts';

export const setupMessages = catalogue('setup', { en, de });
