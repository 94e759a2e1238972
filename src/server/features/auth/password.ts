import { readFileSync } from 'node:fs';
import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/contract/auth.ts';
import { errorMessages } from '../../../shared/i18n/errors.ts';
import { AppError } from '../../errors.ts';
import { messagesOf } from '../../messages.ts';

const say = messagesOf(errorMessages);

// OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane).
// algorithm 2 is Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// The 10,000 most common passwords (SecLists, see docs/decisions/0003-accounts-and-sessions.md).
const commonPasswords = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean),
);

/** NIST 800-63B: length bounds and a block list, no composition rules. */
export function assertAcceptablePassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError(
      'password_rejected',
      say('passwordLength', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
      [
        {
          path: 'password',
          message: say('passwordLengthField', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
        },
      ],
    );
  }
  if (commonPasswords.has(password.toLowerCase())) {
    throw new AppError('password_rejected', say('passwordCommon'), [
      { path: 'password', message: say('passwordCommonField') },
    ]);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps a sign-in for an unknown email as slow as one for a known email.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy password for constant timing');
  await verifyPassword(await dummyHash, password);
}
