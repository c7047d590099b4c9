// 户参与率 source of volunteering: households of volunteers with confirmed hours served in the period.
// A record counts with its corrections (更正, same service date): hours corrected down to nothing were
// not served, so that volunteer's household did not take part through them.
import type { ParticipationDeclaration } from '../../plugins/module-contract';

const day = `(?::timestamptz at time zone 'Asia/Shanghai')::date`;

export const volunteerParticipation: ParticipationDeclaration[] = [
  {
    key: 'volunteer.hoursServed',
    name: { 'zh-CN': '志愿服务', en: 'Served as a volunteer' },
    households: (c, from, to) => ({
      sql: `select null::uuid as household_id, m.account_id from volunteer_hours h join volunteer_member m on m.id = h.member_id
             where h.community_id = ? and h.status = 'CONFIRMED' and h.service_date >= ${day} and h.service_date < ${day}
             group by coalesce(h.corrects_id, h.id), m.account_id
            having sum(h.minutes) > 0`,
      params: [c, from, to],
    }),
  },
];
