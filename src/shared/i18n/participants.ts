import { catalogue } from './catalogue.ts';
import de from './de/participants.ts';
import en from './en/participants.ts';

export const participantsMessages = catalogue('participants', { en, de });
