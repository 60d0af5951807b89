// Only http(s) source links become clickable; every script-carrying or local scheme stays text.
import { describe, expect, it } from 'vitest';
import { httpLink } from './httpLink.ts';

describe('httpLink', () => {
  it('accepts absolute http and https URLs, normalized', () => {
    expect(httpLink('https://example.org/paper?id=1#p3')).toBe('https://example.org/paper?id=1#p3');
    expect(httpLink('  HTTP://Example.org  ')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    '//example.org/protocol-relative',
    '/relative/path',
    'example.org',
    'https:/example.org',
    'https://',
    'http:// spaced.example',
    'mailto:a@example.org',
    '',
    undefined,
  ])('keeps %j as text', (url) => {
    expect(httpLink(url)).toBeUndefined();
  });
});
