import { AddItemButton, ArrayInput, NumberInput, SimpleFormIterator, TextInput } from 'react-admin';
import { validate } from './productValidation';
import { VariantGenerator } from './VariantGenerator';

/**
 * The row's fields shrink when the form is narrow: the EAN's never below its 13 digits (and the
 * caret) beside the input's padding, so the code read from the label can be checked in full.
 */
const EAN_MIN_WIDTH = 'calc(14ch + 24px)';

/** The sizes and colours sold: generated from a pick, then each row's EAN and stock typed. */
export const VariantsTab = () => (
  <>
    <VariantGenerator />
    <ArrayInput source="variants" label={false}>
      <SimpleFormIterator
        inline
        disableReordering
        addButton={<AddItemButton label="app.products.form.add_variant" />}
      >
        <TextInput
          source="sku"
          label="resources.products.fields.sku"
          validate={validate.sku}
          sx={{ minWidth: 240 }}
        />
        <TextInput
          source="size"
          label="resources.products.fields.size"
          validate={validate.size}
          sx={{ width: 90 }}
        />
        <TextInput
          source="colour"
          label="resources.products.fields.colour"
          validate={validate.colour}
          sx={{ width: 140 }}
        />
        <TextInput
          source="ean13"
          label="resources.products.fields.ean13"
          validate={validate.ean13}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 13 } }}
          sx={{ width: 190, minWidth: EAN_MIN_WIDTH }}
        />
        <NumberInput
          source="stock"
          label="resources.products.fields.stock"
          validate={validate.stock}
          min={0}
          step={1}
          sx={{ width: 100 }}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
