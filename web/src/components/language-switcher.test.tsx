// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n, LANGUAGE_STORAGE_KEY, storedLanguage } from '../i18n';
import { LanguageSwitcher } from './language-switcher';
import { Pagination } from './pagination';

initI18n('kk');

afterEach(cleanup);

describe('LanguageSwitcher', () => {
  it('switches the interface language at once and remembers it', async () => {
    render(
      <>
        <LanguageSwitcher />
        <Pagination offset={0} limit={50} total={120} onOffsetChange={() => undefined} />
      </>,
    );
    expect(screen.getByText('Келесі')).toBeTruthy();
    await act(async () => {
      fireEvent.change(screen.getByTestId('language-switcher'), { target: { value: 'ru' } });
    });
    expect(screen.getByText('Вперёд')).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
    expect(storedLanguage()).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    await act(async () => {
      fireEvent.change(screen.getByTestId('language-switcher'), { target: { value: 'en' } });
    });
    expect(screen.getByText('Next')).toBeTruthy();
  });
});

describe('Pagination', () => {
  it('moves by pages and disables what cannot be done', () => {
    const offsets: number[] = [];
    render(<Pagination offset={50} limit={50} total={120} onOffsetChange={(o) => offsets.push(o)} />);
    const buttons = screen.getAllByRole('button');
    const [first, previous, next] = buttons;
    fireEvent.click(next!);
    fireEvent.click(previous!);
    fireEvent.click(first!);
    expect(offsets).toEqual([100, 0, 0]);
  });
});
