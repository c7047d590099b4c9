// A fresh community created through GraphQL by the demo's platform admin, who is then signed in to
// it (and so is its admin): how a test gets a community of a given preset, or a second tenant.
// Needs a server started with `demo: true` (the platform login).
import { expect } from '@jest/globals';
import { graphql } from '../gql';
import { ok } from './payload';
import type { GqlOptions, TestServer } from './server';

const CommunityCreate = graphql(`
  mutation HarnessCommunityCreate($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
        preset
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** A random 12-digit 行政区划代码 under `prefix`: region codes are unique, and tests share one database per suite. */
export const randomRegionCode = (prefix = '61') => `${prefix}${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;

export async function createCommunity(
  s: TestServer,
  input: { name: string; preset?: string; regionCode?: string },
): Promise<{ communityId: string; admin: GqlOptions }> {
  const platform = await s.login('platform');
  const created = ok((await s.gql(CommunityCreate, { input: { regionCode: randomRegionCode(), ...input } }, { token: platform })).data?.communityCreate);
  if (input.preset) expect(created.community!.preset).toBe(input.preset);
  const communityId = created.community!.id;
  return { communityId, admin: { token: await s.login('platform', 'wushe-demo', communityId) } };
}
