import { catalogue } from './catalogue.ts';
import de from './de/shell.ts';
import en from './en/shell.ts';

export const shellMessages = catalogue('shell', { en, de });
