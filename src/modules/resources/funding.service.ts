// A project's optional money from the community fund, through events only: the project records
// `resources.ProjectFundingRequested` with a disbursement id it chose; the fund opens that
// disbursement under its own rules (or answers fund.ProjectFundingRefused); the fund's later
// events about that id (approved, rejected, cancelled, paid) move the project's funding status.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { pgArray } from '../../db/sql';
import type { EventHandlerContext } from '../../plugins/events/define-event';
import { FundingStatus as F } from './resources.enums';
import { RESOURCES_EVENTS } from './resources.events';

/** Funding may be (re)requested while nothing is pending or paid. */
export const FUNDING_REQUESTABLE: readonly F[] = [F.NONE, F.REJECTED, F.CANCELLED, F.REFUSED];
/** Which funding states each fund answer may move from (a late or repeated event changes nothing). */
const FUNDING_FROM: Record<F, readonly F[]> = {
  [F.NONE]: [],
  [F.REQUESTED]: [],
  [F.APPROVED]: [F.REQUESTED],
  [F.PAID]: [F.REQUESTED, F.APPROVED],
  [F.REJECTED]: [F.REQUESTED],
  [F.CANCELLED]: [F.REQUESTED, F.APPROVED],
  [F.REFUSED]: [F.REQUESTED],
};

export interface FundingInput {
  fundId: string;
  amountFen: number;
  purpose: string;
  payee: string;
  councilTopicId: string | null;
}

export async function requestFunding(em: EntityManager, communityId: string, accountId: string, projectId: string, input: FundingInput): Promise<void> {
  const disbursementId = uuidv7();
  const rows: { title: string }[] = await em.execute(
    `update resources_project set funding_status = 'REQUESTED', funding_disbursement_id = ?, funding_fund_id = ?, funding_amount_fen = ?, funding_error = null, updated_at = now()
      where id = ? and community_id = ? and status in ('PLANNED', 'IN_PROGRESS') and funding_status = any(?::text[]) returning title`,
    [disbursementId, input.fundId, input.amountFen, projectId, communityId, pgArray(FUNDING_REQUESTABLE)],
  );
  if (!rows[0]) {
    const [p] = await em.execute(`select status, funding_status from resources_project where id = ?`, [projectId]);
    throw new UserFacingError('INVALID_STATE', ['input', 'projectId'], { state: p ? `${p.status}/${p.funding_status}` : 'UNKNOWN' });
  }
  const data = {
    projectId,
    disbursementId,
    fundId: input.fundId,
    amountFen: input.amountFen,
    purpose: input.purpose,
    payee: input.payee,
    title: rows[0].title,
    requesterAccountId: accountId,
    councilTopicId: input.councilTopicId,
  };
  recordEvent(em, RESOURCES_EVENTS.ProjectFundingRequested, { communityId, subject: { type: 'ResourcesProject', id: projectId }, data });
}

/** A fund answer about a disbursement (a refusal carries its code). */
interface FundAnswer {
  communityId: string | null;
  data: { disbursementId: string; code?: string };
}

/** Handler of one fund answer: moves the project whose disbursement it is, once. */
export const fundingAnswered =
  (to: F) =>
  async (event: FundAnswer, { em, publish }: EventHandlerContext): Promise<void> => {
    const disbursementId = event.data.disbursementId;
    if (!event.communityId || !disbursementId) return;
    const code = to === F.REFUSED && typeof event.data.code === 'string' ? event.data.code.slice(0, 60) : null;
    const rows: { id: string }[] = await em.execute(
      `update resources_project set funding_status = ?, funding_error = ?, updated_at = now()
      where community_id = ? and funding_disbursement_id = ? and funding_status = any(?::text[]) returning id`,
      [to, code, event.communityId, disbursementId, pgArray(FUNDING_FROM[to])],
    );
    if (rows[0]) {
      publish(RESOURCES_EVENTS.ProjectFundingChanged, {
        communityId: event.communityId,
        subject: { type: 'ResourcesProject', id: rows[0].id },
        data: { projectId: rows[0].id, disbursementId, fundingStatus: to },
      });
    }
  };
