// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { FindingSummary } from '../../../../../src/server/schemas/findings-schemas';
import { initI18n } from '../../../i18n';
import { filtersFromSearch, type FindingsSort } from '../lib/filters';
import { FindingsTable } from './findings-table';

initI18n('en');
afterEach(cleanup);

const finding = (id: string, amount: number | null): FindingSummary => ({
  findingId: id,
  runId: 'r1',
  ruleId: 'ASP-02',
  ruleVersion: 1,
  severity: 'high',
  district: 'ALM-AUEZOV',
  subjectId: '900101300123',
  period: '2025-Q1',
  amountKzt: amount,
  linkedByName: true,
  status: 'new',
  caseId: null,
  caseStatus: null,
});

describe('FindingsTable', () => {
  it('shows the sort order, sorts on header click and selects rows', () => {
    const sorted: FindingsSort[] = [];
    const toggled: string[] = [];
    render(
      <MemoryRouter>
        <FindingsTable
          items={[finding('aaaaaaaaaaaaaaaa', 1234567), finding('bbbbbbbbbbbbbbbb', null)]}
          query={filtersFromSearch(new URLSearchParams('sort=amount&order=desc'))}
          meta={undefined}
          onSort={(c) => sorted.push(c)}
          selection={new Set(['aaaaaaaaaaaaaaaa'])}
          onToggle={(id) => toggled.push(id)}
          onToggleAll={() => undefined}
        />
      </MemoryRouter>,
    );
    const table = screen.getByTestId('findings-table');
    const amountHeader = within(table).getByRole('columnheader', { name: /Amount/ });
    expect(amountHeader.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: /District/ }));
    expect(sorted).toEqual(['district']);
    expect(within(table).getByText('₸1,234,567')).toBeTruthy();
    expect(within(table).getAllByText('new')).toHaveLength(2);
    expect(within(table).getAllByText('linked by name')).toHaveLength(2);
    const boxes = within(table).getAllByRole('checkbox');
    expect((boxes[1] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(boxes[2]!);
    expect(toggled).toEqual(['bbbbbbbbbbbbbbbb']);
    expect(
      within(table)
        .getAllByRole('link', { name: /ASP-02/ })[0]
        ?.getAttribute('href'),
    ).toBe('/findings/aaaaaaaaaaaaaaaa');
  });
});
