import { TabbedForm } from 'react-admin';
import { RecordHistory } from '../../common/RecordHistory';
import { GeneralTab } from './GeneralTab';
import { ImagesTab } from './ImagesTab';
import { ProductToolbar } from './ProductToolbar';
import { VariantsTab } from './VariantsTab';

const NEW_PRODUCT = {
  status: 'draft',
  description: '',
  salePriceCents: null,
  images: [],
  variants: [],
};

/**
 * The product in four tabs; checked as it is typed (an EAN's check digit, a sale price above the
 * price), and the server's refusals land under their field, a variant's on its row.
 */
export const ProductForm = ({ withHistory = false }: { withHistory?: boolean }) => (
  <TabbedForm
    mode="onChange"
    warnWhenUnsavedChanges
    toolbar={<ProductToolbar />}
    defaultValues={NEW_PRODUCT}
  >
    <TabbedForm.Tab label="app.products.tabs.general">
      <GeneralTab />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.products.tabs.variants" path="variants">
      <VariantsTab />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.products.tabs.images" path="images">
      <ImagesTab />
    </TabbedForm.Tab>
    {withHistory && (
      <TabbedForm.Tab label="app.products.tabs.history" path="history">
        <RecordHistory />
      </TabbedForm.Tab>
    )}
  </TabbedForm>
);
