// Finding a province by name as people type it: without diacritics ("ha noi" finds Hà Nội), in any case, with any
// spacing or hyphens, or by its two-digit code.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\-\u2010-\u2015_.,]+/g;

/** Lower case, without diacritics (đ → d), separators made single spaces. */
export function searchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Whether the province matches what was typed; an empty query matches every province. */
export function matchesProvince(province: { code: string; nameVi: string }, query: string): boolean {
  const wanted = searchText(query);
  if (wanted === '') return true;
  return searchText(province.nameVi).includes(wanted) || province.code === wanted;
}
