import { describe, expect, it } from 'vitest';
import { plan } from './plan.fixture';
import { currentVersion, resolvePlanSelection, toPlansSearch } from './plans-params';

const plans = [plan('2900-KH-BHXH-2022', [1]), plan('2800-KH-BHXH-2021', [1, 2, 3])];

describe('resolvePlanSelection', () => {
  it('shows the newest plan at its current version by default', () => {
    const { selection, invalid } = resolvePlanSelection('', plans);
    expect(selection?.plan.id).toBe('2900-KH-BHXH-2022');
    expect(selection?.version).toBe(1);
    expect(selection?.pinned).toBe(false);
    expect(invalid).toEqual([]);
  });

  it('shows the plan and version the URL names', () => {
    const { selection } = resolvePlanSelection('?plan=2800-KH-BHXH-2021&version=2', plans);
    expect(selection?.plan.id).toBe('2800-KH-BHXH-2021');
    expect(selection?.version).toBe(2);
    expect(selection?.pinned).toBe(true);
  });

  it('shows the current version of a named plan when no version is named', () => {
    expect(resolvePlanSelection('?plan=2800-KH-BHXH-2021', plans).selection?.version).toBe(3);
  });

  it('reports an unknown plan or version and falls back to the defaults', () => {
    const unknownPlan = resolvePlanSelection('?plan=nope&version=2', plans);
    expect(unknownPlan.invalid).toEqual(['plan', 'version']);
    expect(unknownPlan.selection?.plan.id).toBe('2900-KH-BHXH-2022');
    expect(unknownPlan.selection?.version).toBe(1);

    const unknownVersion = resolvePlanSelection('?plan=2800-KH-BHXH-2021&version=9', plans);
    expect(unknownVersion.invalid).toEqual(['version']);
    expect(unknownVersion.selection?.version).toBe(3);
    expect(resolvePlanSelection('?plan=2800-KH-BHXH-2021&version=2x', plans).invalid).toEqual(['version']);
  });

  it('has nothing to show when there is no plan', () => {
    expect(resolvePlanSelection('?plan=a', [])).toEqual({ selection: undefined, invalid: ['plan'] });
  });
});

describe('currentVersion', () => {
  it('is the latest stored version, or null before any import', () => {
    expect(currentVersion(plan('p', [1, 2]))).toBe(2);
    expect(currentVersion(plan('p', [1, 3], { latestVersion: null }))).toBe(3);
    expect(currentVersion(plan('p', []))).toBeNull();
  });
});

describe('toPlansSearch', () => {
  it('writes the plan and a pinned version, keeps other parameters', () => {
    expect(toPlansSearch({ planId: 'p', version: 2 }, '?lang=vi')).toBe('?lang=vi&plan=p&version=2');
  });

  it('drops the version to show the current one', () => {
    expect(toPlansSearch({ planId: 'p', version: null }, '?plan=q&version=2')).toBe('?plan=p');
  });
});
