import { Avatar, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  AddItemButton,
  ArrayInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { validate } from './productValidation';

/** The images as the shop shows them, first one first. */
const ImageStrip = () => {
  const translate = useTranslate();
  const images = (useWatch({ name: 'images' }) as string[] | undefined) ?? [];
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
      {images.filter(Boolean).map((url, index) => (
        <Avatar
          key={`${index}-${url}`}
          variant="rounded"
          src={url}
          alt={translate('app.products.form.image_alt', { position: index + 1 })}
          sx={{ width: 96, height: 96 }}
        />
      ))}
    </Stack>
  );
};

export const ImagesTab = () => (
  <>
    <ImageStrip />
    <ArrayInput source="images" label={false} helperText="app.products.form.images_help">
      <SimpleFormIterator addButton={<AddItemButton label="app.products.form.add_image" />}>
        <TextInput
          source=""
          label="app.products.form.image_url"
          validate={validate.image}
          fullWidth
        />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
