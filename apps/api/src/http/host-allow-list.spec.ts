import { describe, expect, it } from 'vitest';
import { hostNameOf } from './host-allow-list';

describe('hostNameOf', () => {
  it('takes the host name of a Host header without its port, in lower case', () => {
    expect(hostNameOf('LocalHost:3000')).toBe('localhost');
    expect(hostNameOf('scorecard.bhxh.gov.vn')).toBe('scorecard.bhxh.gov.vn');
    expect(hostNameOf('[::1]:3000')).toBe('[::1]');
    expect(hostNameOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('finds no name in an empty or broken header', () => {
    expect(hostNameOf(undefined)).toBeNull();
    expect(hostNameOf('')).toBeNull();
    expect(hostNameOf('[::1')).toBeNull();
  });
});
