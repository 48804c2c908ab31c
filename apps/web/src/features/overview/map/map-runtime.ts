// The map series, its mark points and the map of Việt Nam, installed into ECharts when the overview's map is first
// drawn (EChart's `load`): neither the library nor the geometry delays the page's text.
import { MapChart } from 'echarts/charts';
import { MarkPointComponent } from 'echarts/components';
import { getMap, registerMap, use } from 'echarts/core';
import { registerVietnamMap } from './vietnam-map';

use([MapChart, MarkPointComponent]);
registerVietnamMap({ registerMap, getMap });
