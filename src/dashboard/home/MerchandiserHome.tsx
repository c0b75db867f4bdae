import { DataTable } from 'react-admin';
import { HomePage } from './HomePage';
import { HomeSection } from './HomeSection';
import { PublishBlockersField } from './PublishBlockersField';
import { ReferenceLinkField } from './ReferenceLinkField';
import { useHomeList, type HomeListQuery } from './useHomeList';

const OUT_OF_STOCK: HomeListQuery = {
  resource: 'products',
  filter: { status: 'published', stockState: 'out' },
  sort: { field: 'updatedAt', order: 'ASC' },
};

const NOT_PUBLISHABLE: HomeListQuery = {
  resource: 'products',
  filter: { status: 'draft', publishable: false },
  sort: { field: 'updatedAt', order: 'ASC' },
};

/** The merchandiser's home: the health of the catalogue. */
export const MerchandiserHome = () => {
  const outOfStock = useHomeList(OUT_OF_STOCK);
  const notPublishable = useHomeList(NOT_PUBLISHABLE);
  return (
    <HomePage
      title="app.home.merchandiser.title"
      ready={!outOfStock.isPending && !notPublishable.isPending}
    >
      <HomeSection
        title="app.home.merchandiser.out_of_stock"
        query={OUT_OF_STOCK}
        list={outOfStock}
      >
        <DataTable.Col source="reference" field={ReferenceLinkField} />
        <DataTable.Col source="name" />
        <DataTable.Col source="collection" />
      </HomeSection>
      <HomeSection
        title="app.home.merchandiser.not_publishable"
        query={NOT_PUBLISHABLE}
        list={notPublishable}
      >
        <DataTable.Col source="reference" field={ReferenceLinkField} />
        <DataTable.Col source="name" />
        <DataTable.Col label="app.home.merchandiser.blockers" field={PublishBlockersField} />
      </HomeSection>
    </HomePage>
  );
};
