import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts used: bar and line charts on a grid, with tooltip, legend and the aria
// description; SVG output (crisp at any zoom, no canvas needed).
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

export interface ChartClick {
  readonly seriesName?: string;
  readonly seriesId?: string;
  readonly name: string;
  readonly dataIndex: number;
  readonly value: unknown;
}

interface EChartProps {
  readonly option: ChartOption;
  readonly label: string;
  readonly height?: number;
  readonly onClick?: (event: ChartClick) => void;
  readonly testId?: string;
}

/** An ECharts instance bound to a div; `label` names the figure for assistive technology. */
export function EChart({ option, label, height = 320, onClick, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      const p = params as unknown as ChartClick;
      clickRef.current?.({
        seriesName: p.seriesName,
        seriesId: p.seriesId,
        name: p.name,
        dataIndex: p.dataIndex,
        value: p.value,
      });
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // No entry animation: figures are read, not watched, and the first render is faster.
    chartRef.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={ref}
      className="chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height, width: '100%' }}
    />
  );
}
