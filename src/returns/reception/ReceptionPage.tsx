import { Card, CardContent, Stack } from '@mui/material';
import { Loading, Title, useGetOne } from 'react-admin';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ReturnAuthorisation } from '../../domain/types';
import { InspectionForm } from './InspectionForm';
import { ReceptionRecorded, ReceptionVerdict } from './ReceptionVerdict';
import { ScanField } from './ScanField';

interface ReceptionState {
  recorded?: ReturnAuthorisation;
}

/**
 * The warehouse's reception screen: scan a parcel's return reference, inspect each item, confirm;
 * then the field has the focus again for the next parcel.
 */
const ReceptionPage = () => {
  const { id } = useParams();
  const navigate = useNavigate();
  const { state } = useLocation() as { state: ReceptionState | null };
  const { data: ret, isPending } = useGetOne<ReturnAuthorisation>(
    'returns',
    { id: Number(id) },
    { enabled: !!id },
  );
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 960 }}>
      <Title title="app.returns.reception.title" />
      <Card>
        <CardContent>
          <ScanField key={id ?? 'next'} onFound={(found) => navigate(`/reception/${found.id}`)} />
        </CardContent>
      </Card>
      {!id && state?.recorded && <ReceptionRecorded ret={state.recorded} />}
      {id && isPending && <Loading />}
      {ret && <ReceptionVerdict ret={ret} />}
      {ret?.status === 'authorised' && (
        <Card>
          <CardContent>
            <InspectionForm
              key={ret.id}
              ret={ret}
              onRecorded={(recorded) => navigate('/reception', { state: { recorded } })}
            />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
};

export default ReceptionPage;
