// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatEuros } from '../domain/money';
import { priceChangedBy, publishBlockers, totalStock } from '../domain/products';
import type { Product } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

afterEach(() => {
  vi.restoreAllMocks();
});

const asAdmin = async (path: string) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  return (await callApi(apiUrl(), path, { token })).body;
};

const productsWhere = async (filter: Record<string, unknown>, range = '[0,999]') =>
  (await asAdmin(
    `/products?${new URLSearchParams({ filter: JSON.stringify(filter), sort: '["id","ASC"]', range })}`,
  )) as unknown as Product[];

const listOf = (filter: Record<string, unknown>) =>
  `/products?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;

const oneSpace = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');
const euros = (cents: number) => oneSpace(formatEuros(cents));

/** The file as written, its byte order mark included (jsdom's Blob has no text()). */
const bytesOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

const dataRows = () => screen.getAllByRole('row').slice(1);

describe('the catalogue list', () => {
  it('finds a product by one of its EANs; a sale price comes with the original struck through', async () => {
    const [onSale] = await productsWhere({ onSale: true, status: 'published' }, '[0,0]');
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), listOf({ q: onSale.variants.at(-1)?.ean13 }));

    expect(await screen.findByText(onSale.reference)).toBeInTheDocument();
    const [row] = dataRows();
    expect(dataRows()).toHaveLength(1);
    const struck = row.querySelector('del');
    expect(oneSpace(struck?.textContent)).toBe(euros(onSale.priceCents));
    expect(oneSpace(row.textContent)).toContain(euros(onSale.salePriceCents ?? 0));
    expect(row).toHaveTextContent(String(totalStock(onSale)));
  });

  it('warehouse reads the catalogue: no selection, no create, and the edit URL is not allowed', async () => {
    const [product] = await productsWhere({ status: 'published' }, '[0,0]');
    await signIn(apiUrl(), 'warehouse');
    const { unmount } = renderApp(apiUrl(), '/products');

    await screen.findByText('Stock total');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Créer' })).not.toBeInTheDocument();
    unmount();

    renderApp(apiUrl(), `/products/${product.id}`);
    expect(
      await screen.findByText("Votre rôle (Entrepôt) ne permet pas d'ouvrir cette page."),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });
});

describe('searching the catalogue', () => {
  it('a row clicked right after typing a search opens its product, and the late search does not bring the list back', async () => {
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), '/products');
    const [firstReference] = await screen.findAllByText(/^KAP-[HFGL]-\d{5}$/);
    const reference = firstReference.textContent ?? '';
    const [product] = await productsWhere({ reference });

    // Typed and clicked in the same instant, as a quick hand does within the half second after
    // which react-admin applies the search: the list stays on screen, mounted, until the
    // product's page is ready. Once the list is gone, nothing of it can navigate any more.
    fireEvent.change(screen.getByPlaceholderText('Nom, référence, SKU ou EAN'), {
      target: { value: reference },
    });
    fireEvent.click(firstReference);

    await waitFor(() =>
      expect(screen.queryByPlaceholderText('Nom, référence, SKU ou EAN')).not.toBeInTheDocument(),
    );
    expect(window.location.hash).toBe(`#/products/${product.id}/show`);
    expect(screen.getByText(product.name)).toBeInTheDocument();
  });
});

describe('bulk actions on the catalogue', () => {
  it('publish: each product changes, was already published, or is refused with the server’s reason', async () => {
    const drafts = await productsWhere({ status: 'draft' });
    const ready = drafts.find((p) => publishBlockers(p).length === 0);
    const noImage = drafts.find((p) => publishBlockers(p).includes('no_image'));
    const [published] = await productsWhere({ status: 'published' }, '[0,0]');
    if (!ready || !noImage)
      throw new Error('the small dataset has publishable drafts and drafts without image');
    const user = userEvent.setup();
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), listOf({ id: [ready.id, noImage.id, published.id] }));

    await screen.findByText(noImage.reference);
    await user.click(screen.getByRole('checkbox', { name: 'Tout sélectionner' }));
    logs.expectRefusal(422);
    await user.click(screen.getByRole('button', { name: 'Publier' }));

    const outcome = await screen.findByRole('dialog', { name: 'Résultat' });
    expect(within(outcome).getByRole('status')).toHaveTextContent(
      '1 modifié(s), 1 déjà à jour, 1 refusé(s).',
    );
    expect(outcome).toHaveTextContent(`${noImage.reference} ${noImage.name} : refusé`);
    expect(outcome).toHaveTextContent('Un produit publié doit avoir au moins une image');
    expect(outcome).toHaveTextContent(`${published.reference} ${published.name} : inchangé`);
    expect(await productsWhere({ id: [ready.id, noImage.id] })).toMatchObject([
      { status: 'published' },
      { status: 'draft', version: noImage.version },
    ]);
  });

  it('price change: a preview of every price before, then each product changed', async () => {
    const [onSale] = await productsWhere({ onSale: true }, '[0,0]');
    const [full] = await productsWhere({ onSale: false }, '[0,0]');
    const user = userEvent.setup();
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), listOf({ id: [onSale.id, full.id] }));

    await screen.findByText(full.reference);
    await user.click(screen.getByRole('checkbox', { name: 'Tout sélectionner' }));
    await user.click(screen.getByRole('button', { name: 'Changer le prix' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changer le prix de 2 produits' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Variation en %' }), '-10');

    const preview = within(dialog).getByRole('table', { name: 'Prix avant et après' });
    const lowered = priceChangedBy(onSale, -10);
    const saleRow = within(preview).getByRole('row', { name: new RegExp(onSale.reference) });
    expect(oneSpace(saleRow.textContent)).toBe(
      oneSpace(
        [
          onSale.reference,
          onSale.priceCents,
          lowered.priceCents,
          onSale.salePriceCents,
          lowered.salePriceCents,
        ]
          .map((v) => (typeof v === 'number' ? formatEuros(v) : v))
          .join(''),
      ),
    );
    expect(await productsWhere({ id: [onSale.id] })).toEqual([onSale]);

    await user.click(within(dialog).getByRole('button', { name: 'Appliquer aux 2 produits' }));
    const outcome = await screen.findByRole('dialog', { name: 'Résultat' });
    expect(within(outcome).getByRole('status')).toHaveTextContent(
      '2 modifié(s), 0 déjà à jour, 0 refusé(s).',
    );
    const changed = await productsWhere({ id: [onSale.id, full.id] });
    expect(changed.find((p) => p.id === onSale.id)).toMatchObject(lowered);
    expect(changed.find((p) => p.id === full.id)).toMatchObject(priceChangedBy(full, -10));
  });

  it('exports every matching row, not only the page shown, in French Excel’s CSV', async () => {
    const matching = await productsWhere({ department: 'homme' });
    expect(matching.length).toBeGreaterThan(25);
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await signIn(apiUrl(), 'manager');
    renderApp(apiUrl(), listOf({ department: 'homme' }));

    await user.click(
      await screen.findByRole('button', { name: `Exporter les ${matching.length} lignes (CSV)` }),
    );

    await waitFor(() => expect(files).toHaveLength(1));
    const text = await bytesOf(files[0]);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFRéférence;Nom;Rayon;Catégorie;Collection;Prix;/);
    expect(
      lines
        .slice(1)
        .map((line) => line.split(';')[0])
        .sort(),
    ).toEqual(matching.map((p) => p.reference).sort());
    expect(lines[1]).toContain(';Homme;');
  });
});
