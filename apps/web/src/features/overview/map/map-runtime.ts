// The map series and its mark points, installed into ECharts when the overview's map is first drawn (EChart's
// `load`), and the map of the unit set it shows: neither the library nor the geometry delays the page's text.
import type { UnitSet } from '@scorecard/domain';
import { MapChart } from 'echarts/charts';
import { MarkPointComponent } from 'echarts/components';
import { getMap, registerMap, use } from 'echarts/core';
import { registerVietnamMap } from './vietnam-map';

use([MapChart, MarkPointComponent]);

/** Registers the map of `unitSet`, loading its geometry the first time. */
export function loadVietnamMap(unitSet: UnitSet): Promise<void> {
  return registerVietnamMap({ registerMap, getMap }, unitSet);
}
