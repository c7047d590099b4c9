// 户参与率 source of volunteering: households of volunteers with confirmed hours served in the period.
import type { ParticipationDeclaration } from '../../plugins/module-contract';

const day = `(?::timestamptz at time zone 'Asia/Shanghai')::date`;

export const volunteerParticipation: ParticipationDeclaration[] = [
  {
    key: 'volunteer.hoursServed',
    name: { 'zh-CN': '志愿服务', en: 'Served as a volunteer' },
    households: (c, from, to) => ({
      sql: `select null::uuid as household_id, m.account_id from volunteer_hours h join volunteer_member m on m.id = h.member_id
             where h.community_id = ? and h.status = 'CONFIRMED' and h.minutes > 0 and h.service_date >= ${day} and h.service_date < ${day}`,
      params: [c, from, to],
    }),
  },
];
