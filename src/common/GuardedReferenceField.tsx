import ErrorIcon from '@mui/icons-material/Error';
import { styled, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import {
  LinearProgress,
  Link,
  RecordContextProvider,
  ReferenceField,
  ReferenceFieldClasses,
  ResourceContextProvider,
  useCreatePath,
  useFieldValue,
  useGetRecordRepresentation,
  useResourceDefinition,
  type ReferenceFieldProps,
} from 'react-admin';
import { useCanRead } from './ReadablePages';
import { useRowReference, type RowReference } from './RowReferences';

/** Read by screen readers only (as Material UI's visuallyHidden). */
const VISUALLY_HIDDEN = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/** The look of react-admin's ReferenceField, whose classes it keeps. */
const Root = styled('span')(({ theme }) => ({
  lineHeight: 'initial',
  [`& .${ReferenceFieldClasses.link} > *`]: { color: theme.palette.primary.main },
}));

/**
 * A reference field of a row whose records the list fetched for the whole page (RowReferences):
 * what react-admin's ReferenceField shows, without a query, an access check and a link state of
 * its own. The role may read the reference (checked once for the app): the link goes to its show
 * page, or edit page, as react-admin's would.
 */
const RowReferenceField = ({ rows, ...props }: ReferenceFieldProps & { rows: RowReference }) => {
  const { reference, link, children } = props;
  const id = useFieldValue(props) as string | number | null | undefined;
  const { hasShow, hasEdit } = useResourceDefinition({ resource: reference });
  const createPath = useCreatePath();
  const representation = useGetRecordRepresentation(reference);
  if (id == null) return null;
  const record = rows.records.get(String(id));
  if (!record) {
    if (rows.isPending) return <LinearProgress />;
    if (!rows.error) return null;
    const message = rows.error instanceof Error ? rows.error.message : String(rows.error);
    return (
      <div>
        <ErrorIcon role="presentation" color="error" fontSize="small" />
        <span style={VISUALLY_HIDDEN}>{message}</span>
      </div>
    );
  }
  const type =
    link === undefined ? (hasShow ? 'show' : hasEdit ? 'edit' : undefined) : link || undefined;
  const child = children ?? (
    <Typography component="span" variant="body2">
      {representation(record)}
    </Typography>
  );
  return (
    <ResourceContextProvider value={reference}>
      <RecordContextProvider value={record}>
        <Root className={ReferenceFieldClasses.root}>
          {typeof type === 'string' ? (
            <Link
              to={createPath({ resource: reference, id: record.id, type })}
              className={ReferenceFieldClasses.link}
              onClick={stopPropagation}
              state={{ _scrollToTop: true }}
            >
              {child}
            </Link>
          ) : (
            child
          )}
        </Root>
      </RecordContextProvider>
    </ResourceContextProvider>
  );
};

/**
 * A ReferenceField that fetches nothing when the role may not read the referenced resource. In a
 * list whose page of references is fetched at once (RowReferences), it reads the record there.
 */
export const GuardedReferenceField = (props: ReferenceFieldProps) => {
  const readable = useCanRead(props.reference);
  const rows = useRowReference(props.source, props.reference);
  if (!readable) return null;
  const simpleLink = props.link === undefined || props.link === false || props.link === 'show';
  return rows && simpleLink ? (
    <RowReferenceField {...props} rows={rows} />
  ) : (
    <ReferenceField {...props} />
  );
};
