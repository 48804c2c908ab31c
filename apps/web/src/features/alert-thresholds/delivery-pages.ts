// The delivery log is paged by offset, 20 at a time: a page of 20 may have more after it ("Xem thêm"), a shorter one
// is the end of the log.
export const DELIVERY_PAGE_SIZE = 20;

/** The offset of the page after these, or null when the last one was not full. */
export function nextDeliveryOffset(pages: readonly (readonly unknown[])[]): number | null {
  const last = pages.at(-1);
  return last !== undefined && last.length === DELIVERY_PAGE_SIZE ? pages.length * DELIVERY_PAGE_SIZE : null;
}
