import { describe, expect, it } from 'vitest';
import { escapeHtml, tooltipDataIndex } from './tooltip';

describe('tooltip helpers', () => {
  it('finds the hovered index in axis and item tooltips', () => {
    expect(tooltipDataIndex([{ dataIndex: 3 }])).toBe(3);
    expect(tooltipDataIndex({ dataIndex: 0 })).toBe(0);
    expect(tooltipDataIndex([])).toBeUndefined();
  });

  it('escapes text from the data', () => {
    expect(escapeHtml('<b>"A&B"</b>')).toBe('&#60;b&#62;&#34;A&#38;B&#34;&#60;/b&#62;');
  });
});
