// Whom the venture events concern: the account that filed an application (for its organization)
// follows it in its own feed, and is told when it is awarded and when a milestone is paid or its
// payment comes back. Texts are fixed (no names); the subject is linked by id.
import type { NotificationDeclarations } from '../../plugins/module-contract';
import { VENTURE_EVENTS } from './venture.events';

const applicant = [{ field: 'applicantAccountId' }];

export const ventureNotifications: NotificationDeclarations = {
  rules: [
    { key: 'feedApplicationSubmitted', event: VENTURE_EVENTS.ApplicationSubmitted.type, to: applicant },
    {
      key: 'applicationAwarded',
      event: VENTURE_EVENTS.ApplicationAwarded.type,
      to: applicant,
      notify: {
        title: { 'zh-CN': '公益创投项目已立项', en: 'Venture project awarded' },
        body: {
          'zh-CN': '您申报的公益创投项目已评定立项，完成各节点后可申请拨付。',
          en: 'Your application was awarded; milestones are paid once reported done.',
        },
      },
    },
    {
      key: 'milestonePaid',
      event: VENTURE_EVENTS.MilestonePaymentChanged.type,
      when: { status: 'PAID' },
      to: applicant,
      notify: {
        title: { 'zh-CN': '项目节点已拨付', en: 'Milestone paid' },
        body: { 'zh-CN': '社区基金已拨付您项目的一个节点资金。', en: 'The community fund paid a milestone of your project.' },
      },
    },
    {
      key: 'milestonePaymentReturned',
      event: VENTURE_EVENTS.MilestonePaymentChanged.type,
      when: { status: 'REPORTED' },
      to: applicant,
      notify: {
        title: { 'zh-CN': '节点拨付未通过', en: 'Milestone payment returned' },
        body: {
          'zh-CN': '项目节点的拨付申请被驳回或未受理，请与社区联系后重新申请。',
          en: "A milestone's payment request was rejected or refused; it may be asked again.",
        },
      },
    },
  ],
};
