// Helpers for the HTML of chart tooltips, shared by the option builders.

/** The data index of the hovered item (axis tooltips pass an array, item tooltips one object). */
export function tooltipDataIndex(params: unknown): number | undefined {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof first !== 'object' || first === null || !('dataIndex' in first)) return undefined;
  return typeof first.dataIndex === 'number' ? first.dataIndex : undefined;
}

/** Text from the data (province names, sources) is escaped before it goes into tooltip HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A label on the left and its value in bold on the right. */
export function tooltipLine(label: string, value: string): string {
  return `<div style="display:flex;justify-content:space-between;gap:16px"><span>${label}</span><b>${value}</b></div>`;
}
