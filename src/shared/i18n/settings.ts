import { catalogue } from './catalogue.ts';
import de from './de/settings.ts';
import en from './en/settings.ts';

export const settingsMessages = catalogue('settings', { en, de });
