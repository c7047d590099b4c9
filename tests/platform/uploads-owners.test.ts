// Every owning kind of photos besides requests (tests/platform/uploads.test.ts): council topics
// and the minutes of a meeting, care visits, volunteer activities and points items — each takes
// keys on its create (or close / update) mutation and lists them as attachments with signed URLs
// that serve the re-encoded photo. An item's update replaces its list. A key asked for one kind
// does not attach to another.
import { startTestServer, type TestServer } from '../harness/server';
import { rawData } from '../harness/raw';
import { fetchUrl, hasGpsIfd, photoWithGps, upload } from '../harness/uploads';

let s: TestServer;
const tok: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'resident']) tok[l] = await s.login(l);
  for (const moduleKey of ['council', 'grid', 'volunteer', 'points']) {
    const r = await rawData(
      s,
      'mutation C($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }',
      { input: { moduleKey, enabled: true } },
      tok.admin!,
    );
    expect(r.communityModuleConfigure.userErrors).toEqual([]);
  }
}, 60_000);
afterAll(async () => {
  await s?.stop();
});

const gql = (query: string, variables: Record<string, unknown>, who = 'admin') => rawData(s, query, variables, tok[who]!);
const key = async (ownerKind: string, who = 'admin') => upload(s, { token: tok[who] }, ownerKind, await photoWithGps(640, 480));
const ATT = 'attachments { key contentType width height url thumbnailUrl }';

/** The attachment list has exactly `keys`, in order, and each URL serves a photo without GPS. */
async function expectPhotos(list: { key: string; url: string | null; thumbnailUrl: string | null }[], keys: string[]) {
  expect(list.map((a) => a.key)).toEqual(keys);
  for (const a of list) {
    const photo = await fetchUrl(a.url!);
    expect([photo.status, photo.type, hasGpsIfd(photo.bytes)]).toEqual([200, 'image/jpeg', false]);
    expect((await fetchUrl(a.thumbnailUrl!)).status).toBe(200);
  }
}

test('council: a resident raises a topic with a photo; the meeting is closed with photos of its minutes', async () => {
  const body = (
    await gql(`mutation B($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }`, {
      input: { name: '上传议事会', levelKey: 'community' },
    })
  ).councilBodyCreate.body;
  const k = await key('CouncilTopic', 'resident');
  const raised = (
    await gql(
      `mutation R($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id ${ATT} } userErrors { code } } }`,
      { input: { bodyId: body.id, title: '楼道堆物', description: '照片为证', attachmentKeys: [k] } },
      'resident',
    )
  ).councilTopicRaise;
  expect(raised.userErrors).toEqual([]);
  await expectPhotos(raised.topic.attachments, [k]);
  const read = (await gql(`query T($id: ID!) { councilTopic(id: $id) { ${ATT} } }`, { id: raised.topic.id })).councilTopic;
  await expectPhotos(read.attachments, [k]);

  const meeting = (
    await gql(`mutation S($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code } } }`, {
      input: { bodyId: body.id, title: '上传例会', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' },
    })
  ).councilMeetingSchedule.meeting;
  const sheets = [await key('CouncilMeeting'), await key('CouncilMeeting')];
  const closed = (
    await gql(`mutation X($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { id status ${ATT} } userErrors { code } } }`, {
      input: { id: meeting.id, minutes: '会议纪要：同意清理楼道', attachmentKeys: sheets },
    })
  ).councilMeetingClose;
  expect(closed.userErrors).toEqual([]);
  await expectPhotos(closed.meeting.attachments, sheets);
  // A topic's key is not a meeting's.
  const wrongKind = await key('CouncilTopic');
  const meeting2 = (
    await gql(`mutation S($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code } } }`, {
      input: { bodyId: body.id, title: '上传例会二', kind: 'AD_HOC', scheduledAt: '2099-01-02T00:00:00Z' },
    })
  ).councilMeetingSchedule.meeting;
  const refused = (
    await gql(`mutation X($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { id } userErrors { code field } } }`, {
      input: { id: meeting2.id, minutes: '纪要', attachmentKeys: [wrongKind] },
    })
  ).councilMeetingClose;
  expect(refused.userErrors).toEqual([{ code: 'UPLOAD_NOT_FOUND', field: ['input', 'attachmentKeys'] }]);
}, 60_000);

test('grid: a care visit is recorded with a photo', async () => {
  const resident = (await gql(`{ residents(first: 1) { nodes { id } } }`, {})).residents.nodes[0].id;
  const member = (
    await gql(`mutation E($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code } } }`, {
      input: { resident, category: 'disabled', evidence: '残疾证' },
    })
  ).gridCareMemberEnroll.gridCareMember;
  const k = await key('GridCareVisit');
  const visit = (
    await gql(`mutation V($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id ${ATT} } userErrors { code } } }`, {
      input: { member: member.id, kind: 'homeVisit', notes: '老人状况良好', attachmentKeys: [k] },
    })
  ).gridCareVisitRecord;
  expect(visit.userErrors).toEqual([]);
  await expectPhotos(visit.gridCareVisit.attachments, [k]);
});

test('volunteer: an activity is published with photos', async () => {
  const keys = [await key('VolunteerActivity'), await key('VolunteerActivity')];
  const a = (
    await gql(`mutation A($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id ${ATT} } userErrors { code } } }`, {
      input: {
        title: '清洁家园',
        shifts: [{ startsAt: '2099-01-01T01:00:00Z', endsAt: '2099-01-01T03:00:00Z', capacity: 5 }],
        attachmentKeys: keys,
      },
    })
  ).volunteerActivityCreate;
  expect(a.userErrors).toEqual([]);
  await expectPhotos(a.activity.attachments, keys);
  // A resident may not publish activities, so may not ask for their photo slots either.
  const r = await s.post(
    {
      query: `mutation U($input: UploadSlotCreateInput!) { uploadSlotCreate(input: $input) { slot { key } } }`,
      variables: { input: { ownerKind: 'VolunteerActivity', contentType: 'image/jpeg', size: 1000 } },
    },
    { authorization: `Bearer ${tok.resident}` },
  );
  expect(((await r.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
});

test('points: an item is created with pictures; an update replaces the list (kept, new, removed)', async () => {
  const [a, b, c] = [await key('PointsItem'), await key('PointsItem'), await key('PointsItem')];
  const item = (
    await gql(`mutation I($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id legacyPictures ${ATT} } userErrors { code } } }`, {
      input: { name: '大米', pricePoints: 100, stock: 5, attachmentKeys: [a, b] },
    })
  ).pointsItemCreate;
  expect(item.userErrors).toEqual([]);
  expect(item.item.legacyPictures).toEqual([]);
  await expectPhotos(item.item.attachments, [a, b]);
  const updated = (
    await gql(`mutation U($input: PointsItemUpdateInput!) { pointsItemUpdate(input: $input) { item { id ${ATT} } userErrors { code } } }`, {
      input: { id: item.item.id, attachmentKeys: [c, a] },
    })
  ).pointsItemUpdate;
  expect(updated.userErrors).toEqual([]);
  await expectPhotos(updated.item.attachments, [c, a]);
  // The removed picture cannot be attached again (it was detached), and residents see the list.
  const seen = (await gql(`query L { pointsItems(first: 50) { nodes { id ${ATT} } } }`, {}, 'resident')).pointsItems.nodes.find(
    (n: { id: string }) => n.id === item.item.id,
  );
  await expectPhotos(seen.attachments, [c, a]);
  const again = (
    await gql(`mutation U($input: PointsItemUpdateInput!) { pointsItemUpdate(input: $input) { item { id } userErrors { code } } }`, {
      input: { id: item.item.id, attachmentKeys: [b] },
    })
  ).pointsItemUpdate;
  expect(again.userErrors.map((e: { code: string }) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
});
