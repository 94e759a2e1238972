import { catalogue } from './catalogue.ts';
import de from './de/approvals.ts';
import en from './en/approvals.ts';

export const approvalsMessages = catalogue('approvals', { en, de });
