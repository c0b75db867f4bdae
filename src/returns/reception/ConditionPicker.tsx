import { FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { ITEM_CONDITIONS, type ItemCondition } from '../../domain/types';

interface ConditionPickerProps {
  /** Names the group for assistive technologies: the item inspected. */
  label: string;
  value: ItemCondition | null;
  onChange: (condition: ItemCondition) => void;
  /** Called after a digit key chose the condition: the next item takes the focus. */
  onChosenByKey: () => void;
  groupRef?: Ref<HTMLDivElement>;
  error?: boolean;
}

/** The condition of one item: arrows move between conditions, the keys 1 to 4 pick one. */
export const ConditionPicker = (props: ConditionPickerProps) => {
  const { label, value, onChange, onChosenByKey, groupRef, error } = props;
  const translate = useTranslate();
  const pickByDigit = (event: KeyboardEvent) => {
    const condition = ITEM_CONDITIONS[Number(event.key) - 1];
    if (!condition) return;
    event.preventDefault();
    onChange(condition);
    onChosenByKey();
  };
  return (
    <RadioGroup
      row
      ref={groupRef}
      aria-label={label}
      value={value ?? ''}
      onChange={(_, condition) => onChange(condition as ItemCondition)}
      onKeyDown={pickByDigit}
      sx={error ? { outline: 2, outlineColor: 'error.main', borderRadius: 1 } : undefined}
    >
      {ITEM_CONDITIONS.map((condition, index) => (
        <FormControlLabel
          key={condition}
          value={condition}
          control={<Radio />}
          label={
            <>
              <Typography component="kbd" sx={{ fontFamily: 'monospace', mr: 0.5 }}>
                {index + 1}
              </Typography>
              {translate(enumKey('itemCondition', condition))}
            </>
          }
        />
      ))}
    </RadioGroup>
  );
};
