import Delete from '@mui/icons-material/Delete';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useState } from 'react';
import {
  useDelete,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { Product } from '../../domain/types';

type Step = 'confirm' | { refused: string } | null;

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/**
 * Deletes a product after a confirmation; one that orders still point to cannot be deleted (the
 * server answers 409 with what points to it), and archiving it is offered instead.
 */
export const DeleteOrArchiveButton = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [step, setStep] = useState<Step>(null);
  const [deleteOne, { isPending: deleting }] = useDelete<Product>();
  const [update, { isPending: archiving }] = useUpdate<Product>();
  if (!product) return null;

  const remove = () =>
    deleteOne(
      'products',
      { id: product.id, previousData: product },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.products.delete.done', { messageArgs: { product: product.reference } });
          redirect('list', 'products');
        },
        onError: (error) => {
          if (statusOf(error) === 409) setStep({ refused: (error as Error).message });
          else notify((error as Error).message, { type: 'error' });
        },
      },
    );

  const archive = () =>
    update(
      'products',
      { id: product.id, data: { status: 'archived' }, previousData: product },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setStep(null);
          notify('app.products.delete.archived', { messageArgs: { product: product.reference } });
          redirect('show', 'products', product.id);
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  return (
    <>
      <Button color="error" startIcon={<Delete />} onClick={() => setStep('confirm')}>
        {translate('ra.action.delete')}
      </Button>
      <Dialog open={step !== null} onClose={() => setStep(null)} aria-labelledby="delete-title">
        <DialogTitle id="delete-title">
          {translate('app.products.delete.title', { product: product.reference })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {step === 'confirm'
              ? translate('app.products.delete.confirm')
              : step && translate('app.products.delete.refused', { reason: step.refused })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setStep(null)}>{translate('ra.action.cancel')}</Button>
          {step === 'confirm' ? (
            <Button color="error" variant="contained" onClick={remove} disabled={deleting}>
              {translate('ra.action.delete')}
            </Button>
          ) : (
            product.status !== 'archived' && (
              <Button variant="contained" onClick={archive} disabled={archiving}>
                {translate('app.products.delete.archive_instead')}
              </Button>
            )
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
