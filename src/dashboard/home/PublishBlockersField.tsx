import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { publishBlockers } from '../../domain/products';
import type { Product } from '../../domain/types';

/** Why a draft may not be published: no image, no variant. */
export const PublishBlockersField = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  return (
    <Stack direction="row" spacing={1}>
      {publishBlockers(product).map((blocker) => (
        <Chip
          key={blocker}
          size="small"
          color="warning"
          label={translate(`app.home.merchandiser.blocker.${blocker}`)}
        />
      ))}
    </Stack>
  );
};
