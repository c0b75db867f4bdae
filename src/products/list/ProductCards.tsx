import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  CardMedia,
  Stack,
  Typography,
} from '@mui/material';
import { RecordContextProvider, useCreatePath, useListContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { StatusField } from '../../common/StatusField';
import type { Product } from '../../domain/types';
import { PriceField } from './PriceField';
import { StockField } from './StockField';

const ProductCard = ({ product }: { product: Product }) => {
  const createPath = useCreatePath();
  const [image] = product.images;
  return (
    <Card variant="outlined">
      <CardActionArea
        component={Link}
        to={createPath({ resource: 'products', id: product.id, type: 'show' })}
      >
        {image && <CardMedia component="img" height={140} image={image} alt="" loading="lazy" />}
        <CardContent>
          <Typography variant="subtitle2" component="h2">
            {product.name}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {product.reference}
          </Typography>
          <Stack direction="row" justifyContent="space-between" alignItems="center" mt={1}>
            <PriceField />
            <StatusField source="status" resource="products" />
          </Stack>
          <StockField />
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** The catalogue on a phone or a small tablet: one card per product, two or more per row. */
export const ProductCards = () => {
  const { data } = useListContext<Product>();
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 1,
        p: 1,
        gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
      }}
    >
      {data?.map((product) => (
        <RecordContextProvider key={product.id} value={product}>
          <ProductCard product={product} />
        </RecordContextProvider>
      ))}
    </Box>
  );
};
