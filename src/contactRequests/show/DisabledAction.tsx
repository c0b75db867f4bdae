import { Button, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** An action that cannot be taken now, kept in sight, disabled, with the reason beside it. */
export const DisabledAction = ({
  label,
  reason,
  icon,
}: {
  label: string;
  reason: string;
  icon?: ReactNode;
}) => {
  const translate = useTranslate();
  const reasonId = useId();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button size="small" startIcon={icon} disabled aria-describedby={reasonId}>
        {translate(label)}
      </Button>
      <Typography id={reasonId} variant="caption" color="text.secondary">
        {translate(reason)}
      </Typography>
    </Stack>
  );
};
