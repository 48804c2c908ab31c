import { Field, registerEnumType } from '@nestjs/graphql';
import type { UnitSet } from '@scorecard/domain';

/** The unit sets as GraphQL names them; the values are the domain's. */
export const UnitSetEnum = { VN63: 'vn63-2004', VN34: 'vn34-2025' } as const satisfies Record<string, UnitSet>;
registerEnumType(UnitSetEnum, {
  name: 'UnitSet',
  description: 'A set of provincial-level units (docs/domain.md "Unit sets").',
  valuesMap: {
    VN63: { description: 'The 63 provinces and cities of 2004 to June 2025 (vn63-2004).' },
    VN34: {
      description:
        'The 34 units from 1 July 2025 (vn34-2025, Resolution 202/2025/QH15); 63-unit figures are summed onto them, ratios recomputed from the sums.',
    },
  },
});

export const UNIT_SET_VIEW =
  "The unit set to show the plan's provinces on (docs/domain.md \"Unit sets\"): default, the plan's own; VN34 on a plan of the 63 sums each unit's predecessors (quotas, actuals) and ranks the 34 among themselves. A plan on the 34 cannot be shown on the 63.";

/** The optional `unitSet` argument of a view of a plan. */
export function UnitSetViewField(): PropertyDecorator {
  return Field(() => UnitSetEnum, { nullable: true, description: UNIT_SET_VIEW });
}
