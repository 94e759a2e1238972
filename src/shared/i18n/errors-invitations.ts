import { catalogue } from './catalogue.ts';
import de from './de/errors-invitations.ts';
import en from './en/errors-invitations.ts';

export const errorsInvitationsMessages = catalogue('errors-invitations', { en, de });
