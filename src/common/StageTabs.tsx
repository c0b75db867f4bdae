import { Box, Button } from '@mui/material';
import type { KeyboardEvent } from 'react';
import { useGetList, useListContext, useResourceContext, useTranslate } from 'react-admin';
import { stageFilter, stageOf, type Stage } from './stages';

interface StageTabsProps {
  stages: readonly Stage[];
  /** Message key prefix: `<prefix>.label` names the tabs, `<prefix>.<stage id>` each tab. */
  messages: string;
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

const TabLabel = ({ stage, messages }: { stage: Stage; messages: string }) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const { filterValues } = useListContext();
  const { total } = useGetList(resource!, {
    filter: { ...filterValues, status: stageFilter(stage) },
    pagination: { page: 1, perPage: 1 },
  });
  const label = translate(`${messages}.${stage.id}`);
  return <>{total === undefined ? label : `${label} (${total})`}</>;
};

/**
 * One tab per stage of a list, with how many records the other filters leave in each. Not
 * Material UI's Tabs: they measure every tab after each of their renders to place the indicator,
 * which lays out the whole page (the table below included) several times while a list opens.
 */
export const StageTabs = ({ stages, messages }: StageTabsProps) => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const current = stageOf(stages, filterValues.status);
  const choose = (stage: Stage) => {
    setFilters({ ...filterValues, status: stageFilter(stage) }, displayedFilters);
    setSort(stage.sort);
  };
  return (
    <Box
      role="tablist"
      aria-label={translate(`${messages}.label`)}
      onKeyDown={focusNeighbour}
      sx={{ display: 'flex', overflowX: 'auto', borderBottom: 1, borderColor: 'divider' }}
    >
      {stages.map((stage, index) => {
        const selected = stage === current;
        return (
          <Button
            key={stage.id}
            role="tab"
            aria-selected={selected}
            tabIndex={selected || (!current && index === 0) ? 0 : -1}
            onClick={() => choose(stage)}
            sx={TAB_SX}
          >
            <TabLabel stage={stage} messages={messages} />
          </Button>
        );
      })}
    </Box>
  );
};
