import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { countOf, type BulkEntry } from './bulkOutcome';

interface BulkOutcomeDialogProps {
  outcome: readonly BulkEntry[] | null;
  onClose: () => void;
}

/** How many products changed, needed nothing or were refused, and why for each of the last two. */
export const BulkOutcomeDialog = ({ outcome, onClose }: BulkOutcomeDialogProps) => {
  const translate = useTranslate();
  if (!outcome) return null;
  const explained = outcome.filter((entry) => entry.result !== 'changed');
  return (
    <Dialog open onClose={onClose} aria-labelledby="bulk-outcome-title" maxWidth="sm" fullWidth>
      <DialogTitle id="bulk-outcome-title">
        {translate('app.products.bulk.outcome.title')}
      </DialogTitle>
      <DialogContent>
        <Typography role="status">
          {translate('app.products.bulk.outcome.summary', {
            changed: countOf(outcome, 'changed'),
            unchanged: countOf(outcome, 'unchanged'),
            refused: countOf(outcome, 'refused'),
          })}
        </Typography>
        {explained.length > 0 && (
          <List dense>
            {explained.map(({ product, result, reason }) => (
              <ListItem key={product.id} disableGutters>
                <ListItemText
                  primary={translate(`app.products.bulk.outcome.${result}`, {
                    product: `${product.reference} ${product.name}`,
                  })}
                  secondary={reason && translate(reason, { _: reason })}
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
