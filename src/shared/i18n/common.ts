import { catalogue } from './catalogue.ts';
import de from './de/common.ts';
import en from './en/common.ts';

export const commonMessages = catalogue('common', { en, de });
