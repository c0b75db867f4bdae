import { Box, Button } from '@mui/material';
import { memo, useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import {
  useDataProvider,
  useListContext,
  useResourceContext,
  useTranslate,
  type GetListResult,
} from 'react-admin';
import { stageFilter, stageOf, type Stage } from './stages';

interface StageTabsProps {
  stages: readonly Stage[];
  /** Message key prefix: `<prefix>.label` names the tabs, `<prefix>.<stage id>` each tab. */
  messages: string;
}

/** How many records each tab holds, once all are known (undefined until then). */
const countsOnceAll = (results: UseQueryResult<GetListResult>[]) =>
  results.some((result) => result.isPending)
    ? undefined
    : results.map((result) => result.data?.total);

/**
 * The count of each stage under the other filters, as react-admin's useGetList asks for it (same
 * request, same cache entry, refreshed after a write): all shown in one go, so that the tabs are
 * measured and laid out once, not once per answer.
 */
function useStageCounts(stages: readonly Stage[]): (number | undefined)[] | undefined {
  const resource = useResourceContext()!;
  const { filterValues } = useListContext();
  const dataProvider = useDataProvider();
  return useQueries({
    queries: stages.map((stage) => {
      const params = {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'DESC' as const },
        filter: { ...filterValues, status: stageFilter(stage) },
        meta: undefined,
      };
      return {
        queryKey: [resource, 'getList', params],
        queryFn: () =>
          dataProvider
            .getList(resource, params)
            .then(({ data, total, pageInfo, meta }) => ({ data, total, pageInfo, meta })),
      };
    }),
    combine: countsOnceAll,
  });
}

interface StageTabsViewProps extends StageTabsProps {
  current: string | false;
  counts: (number | undefined)[] | undefined;
  onChange: (id: string) => void;
}

/** The selected tab is underlined by its own border: nothing is measured to place an indicator. */
const TAB_SX = {
  borderRadius: 0,
  borderBottom: 2,
  borderColor: 'transparent',
  color: 'text.secondary',
  minHeight: 48,
  px: 2,
  flexShrink: 0,
  '&[aria-selected="true"]': { borderColor: 'primary.main', color: 'primary.main' },
} as const;

/** Left and right arrows move between the tabs, as in any tab list. */
function focusNeighbour(event: KeyboardEvent<HTMLDivElement>): void {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (!step) return;
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
  const index = tabs.indexOf(document.activeElement as HTMLElement);
  tabs[(index + step + tabs.length) % tabs.length]?.focus();
  event.preventDefault();
}

/**
 * The tabs themselves, drawn again only when the stage or the counts change. Not Material UI's
 * Tabs: they measure every tab after each of their renders to place the indicator, which lays out
 * the whole page (the table below included) several times while a list opens.
 */
const StageTabsView = memo(
  ({ stages, messages, current, counts, onChange }: StageTabsViewProps) => {
    const translate = useTranslate();
    return (
      <Box
        role="tablist"
        aria-label={translate(`${messages}.label`)}
        onKeyDown={focusNeighbour}
        sx={{ display: 'flex', overflowX: 'auto', borderBottom: 1, borderColor: 'divider' }}
      >
        {stages.map((stage, index) => {
          const label = translate(`${messages}.${stage.id}`);
          const count = counts?.[index];
          const selected = stage.id === current;
          return (
            <Button
              key={stage.id}
              role="tab"
              aria-selected={selected}
              tabIndex={selected || (current === false && index === 0) ? 0 : -1}
              onClick={() => onChange(stage.id)}
              sx={TAB_SX}
            >
              {count === undefined ? label : `${label} (${count})`}
            </Button>
          );
        })}
      </Box>
    );
  },
);

/** One tab per stage of a list, with how many records the other filters leave in each. */
export const StageTabs = ({ stages, messages }: StageTabsProps) => {
  const list = useListContext();
  const counts = useStageCounts(stages);
  const current = stageOf(stages, list.filterValues.status)?.id ?? false;
  // The list's context changes at every step of its loading: the handler reads its latest state.
  const latest = useRef(list);
  useEffect(() => {
    latest.current = list;
  });
  const choose = useCallback(
    (id: string) => {
      const stage = stages.find((s) => s.id === id)!;
      const { filterValues, displayedFilters, setFilters, setSort } = latest.current;
      setFilters({ ...filterValues, status: stageFilter(stage) }, displayedFilters);
      setSort(stage.sort);
    },
    [stages],
  );
  return (
    <StageTabsView
      stages={stages}
      messages={messages}
      current={current}
      counts={counts}
      onChange={choose}
    />
  );
};
