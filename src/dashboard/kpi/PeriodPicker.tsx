import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { GROUPINGS, PRESETS, type Period, type Preset } from './period';
import type { PeriodChoice } from './usePeriod';

interface PeriodPickerProps {
  period: Period;
  onChange: (choice: PeriodChoice) => void;
}

/** The last 7, 30 or 90 days, or dates of one's own (Paris days), and the grouping of series. */
export const PeriodPicker = ({ period, onChange }: PeriodPickerProps) => {
  const translate = useTranslate();
  const { preset, from, to, groupBy } = period;
  const setDay = (field: 'from' | 'to', day: string) => {
    const next = { from, to, [field]: day };
    if (day && next.from <= next.to) onChange({ preset, ...next, groupBy });
  };
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={preset}
        aria-label={translate('app.kpi.period.label')}
        onChange={(_, value: Preset | null) => value && onChange({ preset: value, from, to })}
      >
        {PRESETS.map((value) => (
          <ToggleButton key={value} value={value}>
            {translate(`app.kpi.period.${value}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {preset === 'custom' &&
        (['from', 'to'] as const).map((field) => (
          <TextField
            key={field}
            type="date"
            size="small"
            label={translate(`app.kpi.period.${field}`)}
            value={period[field]}
            onChange={(event) => setDay(field, event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ))}
      <TextField
        select
        size="small"
        label={translate('app.kpi.group_by.label')}
        value={groupBy}
        onChange={(event) =>
          onChange({ preset, from, to, groupBy: event.target.value as Period['groupBy'] })
        }
        sx={{ minWidth: 140 }}
      >
        {GROUPINGS.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`app.kpi.group_by.${value}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
