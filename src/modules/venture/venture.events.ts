// Events the venture module publishes (data: raw ids and amounts, never names). The fund opens a
// disbursement for MilestonePaymentRequested under its own rules (fund/venture-funding.handlers.ts);
// its answers come back in venture.handlers.ts.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const fen = z.number().int();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission = 'venture.read') =>
  defineEvent(`venture.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });

const application = { callId: id, applicationId: id, organizationId: id, applicantAccountId: id };
const milestone = { applicationId: id, milestoneId: id };

export const VENTURE_EVENTS = {
  CallCreated: e('CallCreated', z.object({ callId: id, fundId: id, totalBudgetFen: fen }), '公益创投已发布', 'Call for proposals published'),
  CallClosed: e('CallClosed', z.object({ callId: id }), '公益创投已截止申报', 'Call closed to applications'),
  ApplicationSubmitted: e('ApplicationSubmitted', z.object({ ...application, requestedFen: fen }), '已申报公益创投', 'Application submitted'),
  ApplicationScored: e(
    'ApplicationScored',
    z.object({ callId: id, applicationId: id, reviewerAccountId: id }),
    '评审专家已打分',
    'Panel member scored an application',
    'venture.manage',
  ),
  CallAwarded: e(
    'CallAwarded',
    z.object({ callId: id, awardedFen: fen, awardedApplicationIds: z.array(id), awardedByAccountId: id.nullable() }),
    '公益创投已评定立项',
    'Call awarded',
  ),
  ApplicationAwarded: e('ApplicationAwarded', z.object({ ...application, requestedFen: fen, rank: z.number().int() }), '项目已立项', 'Application awarded'),
  MilestoneReported: e('MilestoneReported', z.object({ ...milestone, amountFen: fen }), '项目节点已报完成', 'Milestone reported done'),
  /** Asks the fund to open disbursement `disbursementId` under its rules, as if `requesterAccountId` had filed it. */
  MilestonePaymentRequested: e(
    'MilestonePaymentRequested',
    z.object({
      ...milestone,
      disbursementId: id,
      fundId: id,
      amountFen: fen,
      purpose: z.string(),
      payee: z.string(),
      title: z.string(),
      requesterAccountId: id,
    }),
    '已申请节点拨付',
    'Milestone payment requested from the fund',
    'venture.manage',
  ),
  MilestonePaymentChanged: e(
    'MilestonePaymentChanged',
    z.object({ ...milestone, applicantAccountId: id, disbursementId: id, status: z.string(), paymentError: z.string().nullable() }),
    '节点拨付状态已变化',
    "A milestone's payment moved (approved, paid or returned)",
  ),
};

export const ventureEvents = Object.values(VENTURE_EVENTS);
