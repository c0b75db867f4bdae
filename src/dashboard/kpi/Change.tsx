import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowForward from '@mui/icons-material/ArrowForward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Better } from './cards';
import { ScreenReaderText } from './ScreenReaderText';
import type { FigureKind } from './types';
import { useKpiFormat } from './useKpiFormat';

interface ChangeProps {
  kind: FigureKind;
  value: number;
  previous: number;
  better: Better;
}

const ARROWS = { up: ArrowUpward, down: ArrowDownward, flat: ArrowForward };
const SIGNS = { up: '+', down: '−', flat: '' };

/** The change since the previous period: arrow, sign, and green when it is good news. */
export const Change = ({ kind, value, previous, better }: ChangeProps) => {
  const translate = useTranslate();
  const format = useKpiFormat();
  const delta = value - previous;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const verdict = direction === 'flat' ? 'flat' : direction === better ? 'good' : 'bad';
  const Arrow = ARROWS[direction];
  const size =
    kind === 'percent'
      ? translate('app.kpi.points', { value: format('count', Math.abs(delta) * 100) })
      : format(kind, Math.abs(delta));
  return (
    <Box
      component="span"
      data-direction={direction}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        color: (theme) =>
          verdict === 'flat'
            ? theme.palette.text.secondary
            : theme.palette[verdict === 'good' ? 'success' : 'error'][
                theme.palette.mode === 'dark' ? 'light' : 'main'
              ],
      }}
    >
      <Arrow fontSize="small" />
      {SIGNS[direction]}
      {size}
      <ScreenReaderText>{translate(`app.kpi.change.${verdict}`)}</ScreenReaderText>
    </Box>
  );
};
