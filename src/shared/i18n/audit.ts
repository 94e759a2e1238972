import { catalogue } from './catalogue.ts';
import de from './de/audit.ts';
import en from './en/audit.ts';

export const auditMessages = catalogue('audit', { en, de });
