import { catalogue } from './catalogue.ts';
import de from './de/errors-tandems.ts';
import en from './en/errors-tandems.ts';

export const errorsTandemsMessages = catalogue('errors-tandems', { en, de });
