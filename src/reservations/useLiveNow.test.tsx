// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { useLiveNow } from './useLiveNow';

afterEach(() => {
  vi.useRealTimers();
});

describe('useLiveNow', () => {
  it('keeps the time up to date while the page stays open', () => {
    vi.useFakeTimers({ now: new Date(TEST_NOW) });
    const { result } = renderHook(() => useLiveNow());
    expect(result.current).toBe(TEST_NOW);

    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current).toBe('2026-11-25T09:01:00.000Z');
  });
});
