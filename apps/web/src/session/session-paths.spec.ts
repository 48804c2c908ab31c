import { describe, expect, it } from 'vitest';
import { pageAfterSignIn, safeNextPath, signInHref } from './session-paths';

describe('signInHref', () => {
  it('sends the viewer to sign in with the page to come back to', () => {
    expect(signInHref('/cham-dong?asOf=2023-09-30&province=01')).toBe(
      '/dang-nhap?tiep=%2Fcham-dong%3FasOf%3D2023-09-30%26province%3D01',
    );
    expect(signInHref('/tinh/12')).toBe('/dang-nhap?tiep=%2Ftinh%2F12');
  });

  it('leaves the bare start page out, so each role lands on its own first page', () => {
    expect(signInHref('/')).toBe('/dang-nhap');
    expect(signInHref('/?metric=revenue')).toBe('/dang-nhap?tiep=%2F%3Fmetric%3Drevenue');
  });

  it('does not come back to the session’s own pages', () => {
    expect(signInHref('/dang-nhap?loi=oidc')).toBe('/dang-nhap');
    expect(signInHref('/doi-mat-khau')).toBe('/dang-nhap');
  });
});

describe('safeNextPath', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNextPath('/bao-cao?province=12&date=2021-11-30')).toBe('/bao-cao?province=12&date=2021-11-30');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'tinh/01',
      '/tinh/01\n',
      '',
      null,
    ]) {
      expect(safeNextPath(value)).toBeNull();
    }
  });
});

describe('pageAfterSignIn', () => {
  const director = { home: '/tinh/12', mustChangePassword: false };

  it('returns to the page the viewer came from, else to their home', () => {
    expect(pageAfterSignIn(director, '/cham-dong?province=12')).toBe('/cham-dong?province=12');
    expect(pageAfterSignIn(director, null)).toBe('/tinh/12');
    expect(pageAfterSignIn(director, 'https://evil.example/')).toBe('/tinh/12');
  });

  it('asks for a new password first when the account must set one', () => {
    expect(pageAfterSignIn({ home: '/doi-mat-khau', mustChangePassword: true }, '/tinh/12')).toBe('/doi-mat-khau');
  });
});
