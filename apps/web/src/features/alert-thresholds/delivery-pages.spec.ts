import { describe, expect, it } from 'vitest';
import { DELIVERY_PAGE_SIZE, nextDeliveryOffset } from './delivery-pages';

const page = (length: number) => Array.from({ length }, (_, i) => i);

describe('nextDeliveryOffset', () => {
  it('asks for the next 20 after a full page', () => {
    expect(nextDeliveryOffset([page(DELIVERY_PAGE_SIZE)])).toBe(20);
    expect(nextDeliveryOffset([page(20), page(20)])).toBe(40);
  });

  it('stops after a page that is not full, and before any page', () => {
    expect(nextDeliveryOffset([page(20), page(7)])).toBeNull();
    expect(nextDeliveryOffset([page(0)])).toBeNull();
    expect(nextDeliveryOffset([])).toBeNull();
  });
});
