import Archive from '@mui/icons-material/Archive';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { SaveButton, Toolbar, useRecordContext } from 'react-admin';
import { DeleteOrArchiveButton } from './DeleteOrArchiveButton';
import { PublishButton } from './PublishButton';

const toArchived = (data: Record<string, unknown>) => ({ ...data, status: 'archived' });

/** Save keeps the status; publish and archive change it; delete exists once the product does. */
export const ProductToolbar = () => {
  const record = useRecordContext();
  const status = useWatch({ name: 'status' });
  return (
    <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
      <SaveButton />
      <PublishButton />
      {record && status !== 'archived' && (
        <SaveButton
          type="button"
          label="app.products.archive"
          icon={<Archive />}
          variant="text"
          transform={toArchived}
          alwaysEnable
        />
      )}
      <Box flex={1} />
      {record && <DeleteOrArchiveButton />}
    </Toolbar>
  );
};
