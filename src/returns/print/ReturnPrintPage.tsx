import { Alert } from '@mui/material';
import { Loading, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { ReturnAuthorisation } from '../../domain/types';
import { PrintPaper } from './PrintPaper';
import { ReturnSheet } from './ReturnSheet';

const isNotFound = (error: unknown) => (error as { status?: number } | null)?.status === 404;

/** The printable return authorisation of the return of the URL, outside the app's layout. */
const ReturnPrintPage = () => {
  const translate = useTranslate();
  const { id = '' } = useParams<'id'>();
  const { data: ret, error } = useGetOne<ReturnAuthorisation>(
    'returns',
    { id: Number(id) },
    { retry: false },
  );
  if (error) {
    const message = isNotFound(error) ? 'app.returns.print.unknown' : 'ra.notification.http_error';
    return (
      <PrintPaper>
        <Alert severity="error">{translate(message, { id })}</Alert>
      </PrintPaper>
    );
  }
  return <PrintPaper>{ret ? <ReturnSheet ret={ret} /> : <Loading />}</PrintPaper>;
};

export default ReturnPrintPage;
