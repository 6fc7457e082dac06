import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../../src/server/schemas/dashboard-schemas';
import type { Meta } from '../../../../../src/server/schemas/meta-schemas';
import { EChart, type ChartOption } from '../../../components/echart';
import { useLanguage } from '../../../i18n';
import {
  formatDate,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
} from '../../../lib/format';
import { isRuleFamily } from '../../../lib/labels';
import { districtName } from '../../../lib/localized';
import { familiesOf, familyMatrix } from '../lib/dashboard-model';

const PALETTE = [
  '#1f5f8b',
  '#d9822b',
  '#2e8540',
  '#8e44ad',
  '#c0392b',
  '#16a085',
  '#7f8c8d',
  '#b7950b',
  '#34495e',
];

interface ChartsProps {
  readonly data: Dashboard;
  readonly meta: Meta | undefined;
}

/** Loaded lazily: ECharts is the heaviest part of the app and the figures show before it. */
export default function DashboardCharts({ data, meta }: ChartsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const families = useMemo(() => familiesOf(data), [data]);
  const districtCodes = data.districts.map((d) => d.district);
  const familyLabel = (f: string) => (isRuleFamily(f) ? t(`family.${f}`) : f);

  const amountOption = useMemo<ChartOption>(() => {
    const matrix = familyMatrix(data, families, 'amountKzt');
    const counts = familyMatrix(data, families, 'findings');
    return {
      color: PALETTE,
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesIndex: number; dataIndex: number; seriesName: string; name: string }) =>
          `${p.name}<br/>${p.seriesName}: ${formatMoney(matrix[p.seriesIndex]?.[p.dataIndex] ?? 0, lang)} · ${formatNumber(counts[p.seriesIndex]?.[p.dataIndex] ?? 0, lang)}`,
      },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatMoneyCompact(v, lang) },
      },
      yAxis: {
        type: 'category',
        data: districtCodes.map((c) => districtName(c, meta?.districts, lang)),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: families.map((family, i) => ({
        type: 'bar',
        stack: 'amount',
        id: family,
        name: familyLabel(family),
        data: matrix[i],
        emphasis: { focus: 'series' },
        cursor: 'pointer',
      })),
    };
  }, [data, families, lang, meta, t]);

  const trendOption = useMemo<ChartOption>(
    () => ({
      color: ['#1f5f8b', '#d9822b'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: data.trends.map((p) => formatDate(p.asOf, lang) || p.runId) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, lang) } },
      ],
      series: [
        {
          type: 'bar',
          name: t('dashboard.findings'),
          data: data.trends.map((p) => p.findings),
          barMaxWidth: 48,
          cursor: 'pointer',
        },
        {
          type: 'line',
          name: t('dashboard.amount'),
          yAxisIndex: 1,
          data: data.trends.map((p) => p.amountKzt),
          symbolSize: 10,
          cursor: 'pointer',
        },
      ],
    }),
    [data, lang, t],
  );

  const coverageOption = useMemo<ChartOption>(
    () => ({
      color: ['#2e8540'],
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number }) => `${p.name}: ${formatPercent(p.value, lang)}`,
      },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => formatPercent(v, lang, 0) } },
      yAxis: {
        type: 'category',
        data: data.coverage.map((c) => districtName(c.district, meta?.districts, lang)),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('dashboard.osmsCoverage'),
          data: data.coverage.map((c) => c.osmsCoveragePct ?? 0),
          cursor: 'pointer',
        },
      ],
    }),
    [data, lang, meta, t],
  );

  return (
    <div className="chart-grid">
      <section className="card chart-card">
        <h2>{t('dashboard.byFamily')}</h2>
        <EChart
          testId="chart-families"
          label={t('dashboard.byFamily')}
          option={amountOption}
          height={Math.max(260, districtCodes.length * 34 + 80)}
          onClick={(e) => {
            const district = districtCodes[e.dataIndex];
            const family = e.seriesId;
            const search = new URLSearchParams();
            if (district) search.set('district', district);
            if (family) search.set('family', family);
            navigate(`/findings?${search.toString()}`);
          }}
        />
      </section>
      <section className="card chart-card">
        <h2>{t('dashboard.trends')}</h2>
        <EChart
          testId="chart-trends"
          label={t('dashboard.trends')}
          option={trendOption}
          height={260}
          onClick={(e) => {
            const run = data.trends[e.dataIndex];
            if (run) navigate(`/findings?runId=${encodeURIComponent(run.runId)}`);
          }}
        />
      </section>
      <section className="card chart-card">
        <h2>{t('dashboard.osmsCoverage')}</h2>
        <EChart
          testId="chart-coverage"
          label={t('dashboard.osmsCoverage')}
          option={coverageOption}
          height={Math.max(200, data.coverage.length * 30 + 40)}
          onClick={(e) => {
            const c = data.coverage[e.dataIndex];
            if (c) navigate(`/outreach?list=osms-03&district=${encodeURIComponent(c.district)}`);
          }}
        />
      </section>
    </div>
  );
}
