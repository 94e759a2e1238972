import { catalogue } from './catalogue.ts';
import de from './de/invitations.ts';
import en from './en/invitations.ts';

export const invitationsMessages = catalogue('invitations', { en, de });
