import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Better } from './cards';
import { Change } from './Change';
import { Figure } from './Figure';
import type { FigureKind } from './types';

export interface KpiCardProps {
  label: string;
  kind: FigureKind;
  better: Better;
  value: number | null;
  /** The figure of the previous period; undefined for the open issues, which have none. */
  previous?: number | null;
  /** The list the figure counts. */
  to?: string;
}

const Clickable = ({ to, children }: { to?: string; children: ReactNode }) =>
  to ? (
    <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
      {children}
    </CardActionArea>
  ) : (
    children
  );

/** One KPI: its value, the previous period's and the change; a link to what it counts. */
export const KpiCard = ({ label, kind, better, value, previous, to }: KpiCardProps) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <Clickable to={to}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" component="span" display="block">
            {label}
          </Typography>
          <Typography variant="h5" component="span" display="block" sx={{ my: 0.5 }}>
            <Figure kind={kind} value={value} />
          </Typography>
          {previous !== undefined && (
            <Typography variant="body2" color="text.secondary" component="span" display="block">
              {translate('app.kpi.previous')} <Figure kind={kind} value={previous} />
              {value !== null && previous !== null && (
                <>
                  {' '}
                  <Change kind={kind} value={value} previous={previous} better={better} />
                </>
              )}
            </Typography>
          )}
        </CardContent>
      </Clickable>
    </Card>
  );
};
