import type { FastifyRequest } from 'fastify';
import { errorMessages } from '../../shared/i18n/errors.ts';
import { CsvEncodingError, decodeCsvBytes } from '../csv/csv.ts';
import { AppError } from '../errors.ts';
import { messagesOf } from '../messages.ts';

const say = messagesOf(errorMessages);

/**
 * Body parser of the CSV upload (text/csv, text/plain): the bytes as UTF-8 text. A file that is not
 * UTF-8 is refused here, before any handler runs, with 422 and the line of its first such character;
 * decoding it leniently would store U+FFFD in place of every "ü" (README, "Participant CSV import").
 */
export function parseCsvBody(
  _request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, body?: unknown) => void,
): void {
  try {
    done(null, decodeCsvBytes(body));
  } catch (error) {
    if (!(error instanceof CsvEncodingError)) throw error;
    done(
      new AppError('import_invalid', say('csvNotUtf8'), [
        { line: error.line, column: null, message: error.said },
      ]),
    );
  }
}
