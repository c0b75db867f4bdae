import Publish from '@mui/icons-material/Publish';
import { Stack, Typography } from '@mui/material';
import { useFormState, useWatch } from 'react-hook-form';
import { SaveButton, useTranslate } from 'react-admin';
import { publishBlockers } from '../../domain/products';
import type { ProductStatus, Variant } from '../../domain/types';

const toPublished = (data: Record<string, unknown>) => ({ ...data, status: 'published' });

/**
 * Saves the product as published, or says what it still lacks (from what the form holds now, so
 * adding an image enables it at once); the server's refusal of the status is written beside it.
 */
export const PublishButton = () => {
  const translate = useTranslate();
  const [images = [], variants = [], status] = useWatch({
    name: ['images', 'variants', 'status'],
  }) as [string[] | undefined, Variant[] | undefined, ProductStatus | undefined];
  const { errors } = useFormState({ name: 'status' });
  const blockers = publishBlockers({ images: images.filter(Boolean), variants });
  const refused = errors.status?.message;
  if (status === 'published' && !refused) return null;
  const reason = blockers.length
    ? translate('app.products.publish.blocked', {
        missing: blockers.map((b) => translate(`app.products.publish.${b}`)).join(', '),
      })
    : refused && translate(String(refused), { _: String(refused) });
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <SaveButton
        type="button"
        label="app.products.publish.button"
        icon={<Publish />}
        variant="outlined"
        transform={toPublished}
        alwaysEnable={blockers.length === 0}
        disabled={blockers.length > 0}
        aria-describedby={reason ? 'publish-reason' : undefined}
      />
      {reason && (
        <Typography id="publish-reason" variant="body2" color="text.secondary">
          {reason}
        </Typography>
      )}
    </Stack>
  );
};
