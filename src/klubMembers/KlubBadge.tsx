import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../common/enums';
import { statusTone } from '../common/statusTones';
import type { KlubMember } from '../domain/types';

type Badged = Pick<KlubMember, 'kind' | 'status'>;

/** A membership as a chip: its kind, coloured by its status, which is named unless active. */
export const KlubBadge = (props: { record?: Badged }) => {
  const member = useRecordContext<Badged>(props);
  const translate = useTranslate();
  if (!member) return null;
  const kind = translate(enumKey('klubKind', member.kind));
  return (
    <Chip
      size="small"
      label={translate(`app.klub.badge.${member.status}`, { kind })}
      color={statusTone(member.status)}
    />
  );
};
