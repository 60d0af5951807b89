import { describe, expect, it } from 'vitest';
import { diskWriteError } from './diskError.ts';

describe('diskWriteError', () => {
  it('maps each disk failure to a status and a sentence that says the old file is intact', () => {
    const cases: [string, number][] = [['ENOSPC', 507], ['EDQUOT', 507], ['EFBIG', 507], ['EACCES', 403], ['EPERM', 403], ['EROFS', 403], ['EMFILE', 503], ['EIO', 500]];
    for (const [code, status] of cases) {
      const error = diskWriteError(Object.assign(new Error(code), { code }), 'maps/x.json');
      expect(error.status, code).toBe(status);
      expect(error.fields, code).toEqual({ code });
      expect(error.message, code).toMatch(/maps\/x\.json was not saved; the file on disk is unchanged\.$/);
    }
    expect(diskWriteError(Object.assign(new Error(), { code: 'ENOSPC' }), 'maps/x.json').message).toBe(
      'The disk is full: maps/x.json was not saved; the file on disk is unchanged.',
    );
    expect(diskWriteError(new Error('odd'), 'maps/x.json').status).toBe(500);
  });
});
