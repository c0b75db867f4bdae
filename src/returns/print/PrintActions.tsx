import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Button, Stack } from '@mui/material';
import { Link, useCreatePath, useTranslate, type Identifier } from 'react-admin';

/** Print, or go back to the return: on screen only, never on paper. */
export const PrintActions = ({ id }: { id: Identifier }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 4, '@media print': { display: 'none' } }}>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
        {translate('app.returns.print.print')}
      </Button>
      <Button
        component={Link}
        to={createPath({ resource: 'returns', type: 'show', id })}
        startIcon={<ArrowBackIcon />}
      >
        {translate('app.returns.print.back')}
      </Button>
    </Stack>
  );
};
