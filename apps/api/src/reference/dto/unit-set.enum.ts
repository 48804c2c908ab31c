import { registerEnumType } from '@nestjs/graphql';
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
