import { describe, expect, test } from 'vitest';
import { isLocalHost, isLocalRequest } from '../../cms/local-request';

describe('isLocalHost', () => {
  test('accepts this computer’s names on the dev server’s port only', () => {
    for (const host of ['127.0.0.1:4321', 'localhost:4321', 'LOCALHOST:4321', '[::1]:4321']) expect(isLocalHost(host, 4321), host).toBe(true);
    expect(isLocalHost('localhost', 80)).toBe(true);
    for (const host of [
      undefined,
      '',
      'localhost',
      '127.0.0.1:8081',
      'evil.example:4321',
      'localhost.evil.example:4321',
      '127.0.0.2:4321',
      '0.0.0.0:4321',
      '192.168.1.10:4321',
      '[::ffff:127.0.0.1]:4321',
      'localhost:4321:1',
      'user@localhost:4321',
    ]) {
      expect(isLocalHost(host, 4321), String(host)).toBe(false);
    }
  });
});

describe('isLocalRequest', () => {
  const host = '127.0.0.1:4321';
  test('passes requests addressed to this computer, with or without a local Origin', () => {
    expect(isLocalRequest({ host, method: 'POST' }, 4321)).toBe(true);
    expect(isLocalRequest({ host, method: 'POST', origin: 'http://127.0.0.1:4321' }, 4321)).toBe(true);
    expect(isLocalRequest({ host: 'localhost:4321', method: 'POST', origin: 'http://localhost:4321' }, 4321)).toBe(true);
    expect(isLocalRequest({ host: '[::1]:4321', method: 'POST', origin: 'http://[::1]:4321' }, 4321)).toBe(true);
  });

  test('refuses a foreign Host (DNS rebinding), and a state-changing request from a foreign page', () => {
    expect(isLocalRequest({ host: 'rebind.evil.example:4321', method: 'POST' }, 4321)).toBe(false);
    expect(isLocalRequest({ host: 'rebind.evil.example:4321', method: 'GET' }, 4321)).toBe(false);
    expect(isLocalRequest({ method: 'POST' }, 4321)).toBe(false);
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:9999', 'http://localhost:4321/page', 'file://', 'http://localhost.evil.example:4321']) {
      expect(isLocalRequest({ host, method: 'POST', origin }, 4321), origin).toBe(false);
    }
    expect(isLocalRequest({ host, method: 'GET', origin: 'https://evil.example' }, 4321)).toBe(true);
  });
});
