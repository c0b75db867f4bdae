import { hashPassword } from '../core/passwords';
import { ROLES, type UserAccount } from '../../src/domain/types';
import type { Pools } from './people';
import type { Rng } from './rng';

export const DEMO_PASSWORD = 'kaporal';

/** One staff account per role, ids 1 to 5 in the order of ROLES: the warehouse is user 4. */
export async function generateUsers(rng: Rng, pools: Pools): Promise<UserAccount[]> {
  return Promise.all(
    ROLES.map(async (role, index) => {
      const first = rng.pick(rng.chance(0.5) ? pools.firstNames.female : pools.firstNames.male);
      const salt = `${role}-${rng.digits(12)}`;
      return {
        id: index + 1,
        email: `${role}@kaporal.test`,
        fullName: `${first.text} ${rng.pick(pools.lastNames).text}`,
        role,
        active: true,
        passwordHash: await hashPassword(DEMO_PASSWORD, salt),
        version: 1,
      };
    }),
  );
}

export const WAREHOUSE_USER_ID = ROLES.indexOf('warehouse') + 1;
