import { Alert, Card, CardContent, TextField } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';

/**
 * The reception field: a scanned (or typed) return reference, then Enter, opens that return. An
 * unknown reference is said so, and stays selected so that the next scan replaces it.
 */
export const ReceptionScan = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const redirect = useRedirect();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [unknown, setUnknown] = useState<string | null>(null);

  const lookUp = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reference = input.current?.value.trim().toUpperCase() ?? '';
    if (!reference) return;
    try {
      const { data } = await dataProvider.getList('returns', {
        filter: { reference },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
      });
      if (data[0]) return redirect('show', 'returns', data[0].id);
      setUnknown(reference);
      input.current?.select();
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Card>
      <CardContent component="form" onSubmit={lookUp} noValidate>
        <TextField
          inputRef={input}
          label={translate('app.home.warehouse.scan_label')}
          helperText={translate('app.home.warehouse.scan_help')}
          autoFocus
          fullWidth
          autoComplete="off"
          slotProps={{ htmlInput: { sx: { fontSize: '2rem', fontFamily: 'monospace' } } }}
        />
        {unknown && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {translate('app.home.warehouse.unknown', { reference: unknown })}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
