import { describe, expect, it } from 'vitest';
import { demoButtonText } from './demo-accounts';

describe('demoButtonText', () => {
  it('names the person to sign in as, with the role and province under it', () => {
    expect(
      demoButtonText({
        login: 'demo.gd-lai-chau',
        displayName: 'Giám đốc BHXH Lai Châu (trình diễn)',
        role: 'director',
        provinceCode: '12',
        provinceName: 'Lai Châu',
      }),
    ).toEqual({ title: 'Đăng nhập như Giám đốc BHXH Lai Châu', detail: 'Giám đốc BHXH tỉnh · Lai Châu' });
  });

  it('gives a headquarters role without a province its role only', () => {
    expect(
      demoButtonText({
        login: 'demo.phan-tich',
        displayName: 'Chuyên viên phân tích (trình diễn)',
        role: 'analyst',
        provinceCode: null,
        provinceName: null,
      }),
    ).toEqual({ title: 'Đăng nhập như Chuyên viên phân tích', detail: 'Chuyên viên phân tích' });
  });
});
