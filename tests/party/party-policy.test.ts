// Pure rules of party building, without GraphQL: slot months, round robin, China-time months,
// who may claim for whom, and the settings every preset that mentions party gives.
import fs from 'node:fs';
import path from 'node:path';
import { chinaMonth, claimDecision, roundRobin, slotMonths } from '../../src/modules/party/party.policy';
import { partySettings } from '../../src/modules/party/party.settings';
import { PartyItemAudience } from '../../src/modules/party/party.enums';

test('slots: N units chair 12/N months each, covering the year without gaps', () => {
  for (const n of [1, 2, 3, 4, 6, 12]) {
    const months = Array.from({ length: n }, (_, i) => slotMonths(i + 1, n)).flatMap((s) =>
      Array.from({ length: s.endMonth - s.startMonth + 1 }, (_, k) => s.startMonth + k),
    );
    expect(months).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  }
  expect(slotMonths(3, 6)).toEqual({ startMonth: 5, endMonth: 6 });
});

test('round robin continues after the last chair, wraps, and starts at the top when the last chair left', () => {
  const order = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  expect(roundRobin(order, 'f', 6)).toEqual(['g', 'h', 'a', 'b', 'c', 'd']);
  expect(roundRobin(order, null, 3)).toEqual(['a', 'b', 'c']);
  expect(roundRobin(order, 'gone', 2)).toEqual(['a', 'b']);
  expect(roundRobin(order.slice(0, 5), 'a', 6)).toBeNull();
});

test('months are China time', () => {
  expect(chinaMonth(new Date('2031-04-30T16:00:00Z'))).toEqual({ year: 2031, month: 5 });
  expect(chinaMonth(new Date('2031-12-31T15:59:59Z'))).toEqual({ year: 2031, month: 12 });
  expect(chinaMonth(new Date('2031-12-31T16:00:00Z'))).toEqual({ year: 2032, month: 1 });
});

test('claims: staff for any unit, a liaison for theirs, members as themselves, audience first', () => {
  const p = (...x: string[]) => new Set(x.map((a) => `party.${a}`));
  const base = { forUnit: false, actsForUnit: false, reported: false, audience: PartyItemAudience.ALL };
  expect(claimDecision({ ...base, permissions: p('item.manage'), forUnit: true })).toBe('OK');
  expect(claimDecision({ ...base, permissions: p('item.claim'), forUnit: true })).toBe('FORBIDDEN');
  expect(claimDecision({ ...base, permissions: p('item.claim'), forUnit: true, actsForUnit: true })).toBe('OK');
  expect(claimDecision({ ...base, permissions: p('item.claim') })).toBe('PARTY_NOT_REPORTED');
  expect(claimDecision({ ...base, permissions: p('item.claim'), reported: true })).toBe('OK');
  expect(claimDecision({ ...base, permissions: p('item.claim'), reported: true, audience: PartyItemAudience.UNITS })).toBe('PARTY_AUDIENCE');
  expect(claimDecision({ ...base, permissions: p('item.manage'), forUnit: true, audience: PartyItemAudience.MEMBERS })).toBe('PARTY_AUDIENCE');
});

test('settings: defaults, N must divide 12, and every preset mentioning party validates', () => {
  expect(partySettings.parse({})).toEqual({ rotationUnitsPerYear: 6, defaultItemCapacity: 1, recordDispatchService: true });
  expect(partySettings.safeParse({ rotationUnitsPerYear: 5 }).success).toBe(false);
  const dir = path.join(__dirname, '../../presets');
  const withParty = fs
    .readdirSync(dir)
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
    .filter((p) => p.modules?.party);
  expect(withParty.map((p) => p.key)).toContain('sanshundian');
  for (const p of withParty) expect([p.key, partySettings.safeParse(p.modules.party.settings ?? {}).success]).toEqual([p.key, true]);
});
