import { Alert, TextField } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ReturnAuthorisation } from '../../domain/types';

interface ScanFieldProps {
  /** What to do with the return whose reference was scanned. */
  onFound: (ret: ReturnAuthorisation) => void;
}

/**
 * The field a barcode scanner types into: a return reference, then Enter. An unknown reference is
 * said so, and stays selected so that the next scan replaces it.
 */
export const ScanField = ({ onFound }: ScanFieldProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [unknown, setUnknown] = useState<string | null>(null);

  const lookUp = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reference = input.current?.value.trim().toUpperCase() ?? '';
    if (!reference) return;
    try {
      const { data } = await dataProvider.getList<ReturnAuthorisation>('returns', {
        filter: { reference },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
      });
      if (data[0]) return onFound(data[0]);
      setUnknown(reference);
      input.current?.select();
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <form onSubmit={lookUp} noValidate>
      <TextField
        inputRef={input}
        label={translate('app.returns.reception.scan_label')}
        helperText={translate('app.returns.reception.scan_help')}
        autoFocus
        fullWidth
        autoComplete="off"
        slotProps={{ htmlInput: { sx: { fontSize: '2rem', fontFamily: 'monospace' } } }}
      />
      {unknown && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate('app.returns.reception.unknown', { reference: unknown })}
        </Alert>
      )}
    </form>
  );
};
