import { catalogue } from './catalogue.ts';
import de from './de/tandems.ts';
import en from './en/tandems.ts';

export const tandemsMessages = catalogue('tandems', { en, de });
