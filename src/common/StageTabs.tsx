import { Tab, Tabs } from '@mui/material';
import { useGetList, useListContext, useResourceContext, useTranslate } from 'react-admin';
import { stageFilter, stageOf, type Stage } from './stages';

interface StageTabsProps {
  stages: readonly Stage[];
  /** Message key prefix: `<prefix>.label` names the tabs, `<prefix>.<stage id>` each tab. */
  messages: string;
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

/** One tab per stage of a list, with how many records the other filters leave in each. */
export const StageTabs = ({ stages, messages }: StageTabsProps) => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const current = stageOf(stages, filterValues.status);
  const choose = (id: string) => {
    const stage = stages.find((s) => s.id === id)!;
    setFilters({ ...filterValues, status: stageFilter(stage) }, displayedFilters);
    setSort(stage.sort);
  };
  return (
    <Tabs
      value={current?.id ?? false}
      onChange={(_, id) => choose(id)}
      aria-label={translate(`${messages}.label`)}
      variant="scrollable"
    >
      {stages.map((stage) => (
        <Tab
          key={stage.id}
          value={stage.id}
          label={<TabLabel stage={stage} messages={messages} />}
        />
      ))}
    </Tabs>
  );
};
