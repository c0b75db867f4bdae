import { Tab, Tabs } from '@mui/material';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import { RETURN_STAGES, stageFilter, stageOf, type ReturnStage } from './returnStages';

const TabLabel = ({ stage }: { stage: ReturnStage }) => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { total } = useGetList('returns', {
    filter: { ...filterValues, status: stageFilter(stage) },
    pagination: { page: 1, perPage: 1 },
  });
  const label = translate(`app.returns.tabs.${stage.id}`);
  return <>{total === undefined ? label : `${label} (${total})`}</>;
};

/** One tab per stage of a return, with how many the other filters leave in each. */
export const ReturnTabs = () => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const current = stageOf(filterValues.status);
  const choose = (id: ReturnStage['id']) => {
    const stage = RETURN_STAGES.find((s) => s.id === id)!;
    setFilters({ ...filterValues, status: stageFilter(stage) }, displayedFilters);
    setSort(stage.sort);
  };
  return (
    <Tabs
      value={current?.id ?? false}
      onChange={(_, id) => choose(id)}
      aria-label={translate('app.returns.tabs.label')}
      variant="scrollable"
    >
      {RETURN_STAGES.map((stage) => (
        <Tab key={stage.id} value={stage.id} label={<TabLabel stage={stage} />} />
      ))}
    </Tabs>
  );
};
