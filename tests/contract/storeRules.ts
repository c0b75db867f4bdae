import { describe, expect, it } from 'vitest';
import type { Role, Store } from '../../src/domain/types';
import {
  newStore,
  signedInApi,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

async function createStore(api: ContractApi, label: string): Promise<Store> {
  const res = await api.post<Store>('stores', newStore(label));
  if (res.status !== 201) throw new Error(`creating a store answered ${res.status}`);
  return res.body;
}

/**
 * The rules of a boutique's address and e-mail (the form checks the same ones, from src/domain),
 * and who may change a boutique: admin and merchandiser write, the other roles only read.
 */
export function storeRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('rules: stores', () => {
    it('a postcode that is not five digits of a French department is a 422 on the field; nothing changes', async () => {
      const store = await createStore(api(), 'Code postal');
      const history = await api().history('stores', store.id);
      for (const postcode of ['1300', '13 001', '2A004', '00100', '96000']) {
        for (const lang of ['fr', 'en']) {
          const res = await api().call<ErrorBody>('PUT', `/stores/${store.id}`, {
            as: 'merchandiser',
            lang,
            body: { postcode, version: store.version },
          });
          expect(res.status, `${postcode} ${lang}`).toBe(422);
          expect(Object.keys(res.body.errors ?? {})).toEqual(['postcode']);
          expect(res.body.errors?.postcode).toContain(postcode);
          expect(res.body.errors?.postcode).toMatch(lang === 'fr' ? /code postal/ : /postcode/);
        }
      }
      expect(await api().one('stores', store.id)).toEqual(store);
      expect(await api().history('stores', store.id)).toEqual(history);
    });

    it('a malformed e-mail is a 422 on the field; the store keeps its own', async () => {
      const store = await createStore(api(), 'E-mail');
      const res = await api().put<ErrorBody>(
        'stores',
        store.id,
        { email: 'boutique.lyon@kaporal' },
        'merchandiser',
      );
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.errors ?? {})).toEqual(['email']);
      expect(res.body.errors?.email).toContain('boutique.lyon@kaporal');
      expect(await api().one('stores', store.id)).toEqual(store);
    });

    it('a new store with a bad postcode and e-mail is refused whole, both fields named', async () => {
      const before = await api().count('stores');
      const res = await api().post<ErrorBody>(
        'stores',
        { ...newStore('Refusée'), postcode: '13', email: 'boutique@' },
        'merchandiser',
      );
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.errors ?? {}).sort()).toEqual(['email', 'postcode']);
      expect(await api().count('stores')).toBe(before);
    });

    it('the merchandiser updates a store, trimmed, one event in the history naming the role', async () => {
      const store = await createStore(api(), 'Merchandiser');
      const openingHours = 'Du mardi au samedi, de 10 h à 19 h.\nLe lundi, de 14 h à 19 h.';
      const res = await api().put<Store>(
        'stores',
        store.id,
        { postcode: ' 06000 ', city: 'Nice', openingHours },
        'merchandiser',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...store,
        postcode: '06000',
        city: 'Nice',
        openingHours,
        version: store.version + 1,
      });
      const [, last] = await api().history('stores', store.id);
      expect(last).toMatchObject({ action: 'update', role: 'merchandiser' });
      expect(last.changes).toMatchObject({ postcode: [store.postcode, '06000'] });
    });

    for (const role of ['manager', 'warehouse', 'support'] as Role[]) {
      it(`${role} reads the stores but a valid change is a 403; nothing changes`, async () => {
        const store = await createStore(api(), `Lecture ${role}`);
        expect((await api().call('GET', `/stores/${store.id}`, { as: role })).status).toBe(200);
        const res = await api().put<ErrorBody>('stores', store.id, { city: 'Nice' }, role);
        expect(res.status).toBe(403);
        expect(res.body.message).toContain(role);
        const created = await api().post('stores', newStore(`Création ${role}`), role);
        expect(created.status).toBe(403);
        expect(await api().one('stores', store.id)).toEqual(store);
        expect(await api().history('stores', store.id)).toHaveLength(1);
      });
    }
  });
}
