import { Alert, Button, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNotify, useTranslate, useUpdate } from 'react-admin';
import type { ItemCondition, ReturnAuthorisation } from '../../domain/types';
import { ConditionPicker } from './ConditionPicker';

interface InspectionFormProps {
  ret: ReturnAuthorisation;
  /** The return as the server recorded it: received or rejected. */
  onRecorded: (ret: ReturnAuthorisation) => void;
}

const focusGroup = (group: HTMLElement | null | undefined) =>
  group?.querySelector<HTMLInputElement>('input:checked, input')?.focus();

/** One condition per returned item, with the keyboard alone; confirming records the reception. */
export const InspectionForm = ({ ret, onRecorded }: InspectionFormProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<ReturnAuthorisation>();
  const [conditions, setConditions] = useState<(ItemCondition | null)[]>(() =>
    ret.lines.map(() => null),
  );
  const [showMissing, setShowMissing] = useState(false);
  const groups = useRef<(HTMLDivElement | null)[]>([]);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => focusGroup(groups.current[0]), []);

  const setCondition = (index: number, condition: ItemCondition) =>
    setConditions((current) => current.map((c, i) => (i === index ? condition : c)));
  const focusAfter = (index: number) => {
    const next = groups.current[index + 1];
    if (next) focusGroup(next);
    else confirm.current?.focus();
  };
  const missing = conditions.filter((condition) => condition === null).length;

  const record = (event: FormEvent) => {
    event.preventDefault();
    if (missing > 0) {
      setShowMissing(true);
      return focusGroup(groups.current[conditions.indexOf(null)]);
    }
    const lines = ret.lines.map((line, index) => ({ ...line, condition: conditions[index] }));
    update(
      'returns',
      { id: ret.id, data: { status: 'received', lines }, previousData: ret },
      {
        mutationMode: 'pessimistic',
        onSuccess: (recorded) => onRecorded(recorded),
        onError: (error) =>
          notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  };

  return (
    <Stack component="form" spacing={2} onSubmit={record} noValidate>
      <Typography variant="h6" component="h2">
        {translate('app.returns.reception.inspect')} — {ret.reference}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.returns.reception.keys')}
      </Typography>
      {ret.lines.map((line, index) => (
        <Stack key={`${line.sku}-${index}`} spacing={0.5}>
          <Typography>
            {line.quantity} × {line.name} ({line.sku})
          </Typography>
          <ConditionPicker
            label={translate('app.returns.reception.condition_of', { name: line.name })}
            value={conditions[index]}
            onChange={(condition) => setCondition(index, condition)}
            onChosenByKey={() => focusAfter(index)}
            groupRef={(group) => {
              groups.current[index] = group;
            }}
            error={showMissing && conditions[index] === null}
          />
        </Stack>
      ))}
      {showMissing && missing > 0 && (
        <Alert severity="warning">
          {translate('app.returns.reception.missing', { smart_count: missing })}
        </Alert>
      )}
      <Button
        ref={confirm}
        type="submit"
        variant="contained"
        size="large"
        disabled={isPending}
        sx={{ alignSelf: 'flex-start' }}
      >
        {translate('app.returns.reception.confirm')}
      </Button>
    </Stack>
  );
};
