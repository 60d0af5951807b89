import { describe, expect, it } from 'vitest';
import { foreignRequestReason, hostnameAllowed } from './requestOrigin.ts';

const HOST = '127.0.0.1:4173';

describe('hostnameAllowed', () => {
  it('allows loopback names and configured hosts, with a leading dot for subdomains', () => {
    expect(hostnameAllowed('LOCALHOST', [])).toBe(true);
    expect(hostnameAllowed('[::1]', [])).toBe(true);
    expect(hostnameAllowed('evil.example', [])).toBe(false);
    expect(hostnameAllowed('localhost.evil.example', [])).toBe(false);
    expect(hostnameAllowed('class.school.test', ['.school.test'])).toBe(true);
    expect(hostnameAllowed('school.test', ['.school.test'])).toBe(true);
    expect(hostnameAllowed('evilschool.test', ['.school.test'])).toBe(false);
  });
});

describe('foreignRequestReason', () => {
  it("lets the app's own page through, default ports and case folded", () => {
    expect(foreignRequestReason({ host: HOST, origin: `http://${HOST}` }, [])).toBeUndefined();
    expect(foreignRequestReason({ host: 'localhost:80', origin: 'http://LOCALHOST' }, [])).toBeUndefined();
    expect(foreignRequestReason({ host: 'localhost', origin: 'https://localhost:443' }, [])).toBeUndefined();
  });

  it('names the reason for refusing another origin, a rebinding host or a cross-site fetch', () => {
    expect(foreignRequestReason({ host: HOST, origin: 'http://evil.example' }, [])).toBe('requests from "http://evil.example" may not use the maps API');
    expect(foreignRequestReason({ host: HOST, origin: 'file://' }, [])).toMatch(/may not use/);
    expect(foreignRequestReason({ host: HOST, origin: `ftp://${HOST}` }, [])).toMatch(/may not use/);
    expect(foreignRequestReason({ host: 'evil.example', origin: 'http://evil.example' }, [])).toBe(
      'the host "evil.example" is not this app\'s (allowed: localhost, 127.0.0.1, [::1])',
    );
    expect(foreignRequestReason({ host: HOST, 'sec-fetch-site': 'cross-site' }, [])).toBe('a cross-site request may not use the maps API');
    expect(foreignRequestReason({ host: HOST, referer: 'not a url' }, [])).toMatch(/other pages/);
    expect(foreignRequestReason({}, [])).toBe('the request has no valid Host header');
    expect(foreignRequestReason({ host: 'localhost/x' }, [])).toBe('the request has no valid Host header');
  });
});
