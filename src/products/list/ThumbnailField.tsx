import ImageNotSupported from '@mui/icons-material/ImageNotSupported';
import { Avatar } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../../domain/types';

/** The product's first image, small; the name beside it says what it shows. */
export const ThumbnailField = ({ size = 40 }: { size?: number }) => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  const [first] = product.images;
  return (
    <Avatar
      variant="rounded"
      src={first}
      alt=""
      slotProps={{ img: { loading: 'lazy' } }}
      sx={{ width: size, height: size, bgcolor: 'action.hover' }}
    >
      <ImageNotSupported
        titleAccess={translate('app.products.no_image')}
        fontSize="small"
        color="disabled"
      />
    </Avatar>
  );
};
