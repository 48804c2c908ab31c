import { describe, expect, it } from 'vitest';
import { notesOf } from './FieldNotes';

describe('what a field is described by', () => {
  it('reads what is wrong before the hint, and nothing when neither is shown', () => {
    expect(notesOf('f', 'the hint', 'the issue')).toBe('f-issue f-hint');
    expect(notesOf('f', 'the hint', undefined)).toBe('f-hint');
    expect(notesOf('f', undefined, 'the issue')).toBe('f-issue');
    expect(notesOf('f', undefined, undefined)).toBeUndefined();
  });
});
