import { catalogue } from './catalogue.ts';
import de from './de/errors-participants.ts';
import en from './en/errors-participants.ts';

export const errorsParticipantsMessages = catalogue('errors-participants', { en, de });
