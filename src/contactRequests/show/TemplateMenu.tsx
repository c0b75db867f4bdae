import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import { Button, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { replyTemplates } from '../../domain/replyTemplates';
import type { ContactRequest } from '../../domain/types';
import { useLinkedOrder, useRequestCustomer } from './useRequestRecords';

/**
 * The French replies the request's facts allow (the tracking link once the order has one, the
 * balance once the customer holds credit notes), filled in: a choice fills an empty reply, or
 * follows what is already typed.
 */
export const TemplateMenu = ({
  request,
  disabled,
}: {
  request: ContactRequest;
  disabled: boolean;
}) => {
  const translate = useTranslate();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { getValues, setValue } = useFormContext();
  const { data: order } = useLinkedOrder(request);
  const { data: customer } = useRequestCustomer(request);
  const templates = replyTemplates({
    firstName: request.firstName,
    order: order ?? null,
    creditBalanceCents: customer?.creditBalanceCents ?? null,
  });
  const choose = (body: string) => {
    const typed = (getValues('body') as string | undefined)?.trim();
    setValue('body', typed ? `${typed}\n\n${body}` : body, {
      shouldDirty: true,
      shouldValidate: true,
    });
    setAnchor(null);
  };
  return (
    <>
      <Button
        size="small"
        endIcon={<ArrowDropDown />}
        disabled={disabled}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={!!anchor}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {translate('app.contact_requests.templates.button')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {templates.map(({ id, body }) => (
          <MenuItem key={id} onClick={() => choose(body)}>
            {translate(`app.contact_requests.templates.${id}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
