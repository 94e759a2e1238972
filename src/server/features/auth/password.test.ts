import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password.ts';

function rejection(password: string): AppError | null {
  try {
    assertAcceptablePassword(password);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

const commonList = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8').split('\n');

describe('password policy', () => {
  it('accepts 12 to 128 characters and refuses shorter or longer ones', () => {
    expect(rejection('x7!kd9#mq2L')).toMatchObject({ code: 'password_rejected', status: 422 });
    expect(rejection('x7!kd9#mq2Lz')).toBeNull();
    expect(rejection('y'.repeat(128))).toBeNull();
    const tooLong = rejection('y'.repeat(129));
    expect(tooLong?.code).toBe('password_rejected');
    expect(tooLong?.details).toEqual([{ path: 'password', message: expect.stringContaining('12 to 128') }]);
  });

  it('refuses passwords from the common-password list, whatever their case', () => {
    // Both are on the list and long enough to pass the length rule.
    expect(commonList).toContain('qwerty123456');
    expect(commonList).toContain('leavemealone');
    for (const password of ['qwerty123456', 'QWERTY123456', 'LeaveMeAlone']) {
      const error = rejection(password);
      expect(error?.code, password).toBe('password_rejected');
      expect(error?.message).toMatch(/common/);
    }
  });

  it('accepts a long passphrase', () => {
    expect(rejection('purple elephants dance at midnight in Leipzig')).toBeNull();
  });
});

describe('password hashing', () => {
  it('uses argon2id with 19 MiB, 2 passes and 1 lane, salted, and verifies only the right password', async () => {
    const hash = await hashPassword('purple elephants dance');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(await hashPassword('purple elephants dance')).not.toBe(hash);
    expect(await verifyPassword(hash, 'purple elephants dance')).toBe(true);
    expect(await verifyPassword(hash, 'purple elephants dancE')).toBe(false);
    expect(await verifyPassword('not a hash', 'purple elephants dance')).toBe(false);
  });
});
