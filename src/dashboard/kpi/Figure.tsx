import { Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ScreenReaderText } from './ScreenReaderText';
import type { FigureKind } from './types';
import { useKpiFormat } from './useKpiFormat';

/** A formatted figure, or a dash that says there is no data (nothing to divide by). */
export const Figure = ({ kind, value }: { kind: FigureKind; value: number | null }) => {
  const translate = useTranslate();
  const format = useKpiFormat();
  if (value !== null) return <>{format(kind, value)}</>;
  return (
    <Tooltip title={translate('app.kpi.no_data')} describeChild>
      <span>
        <span aria-hidden="true">—</span>
        <ScreenReaderText>{translate('app.kpi.no_data')}</ScreenReaderText>
      </span>
    </Tooltip>
  );
};
