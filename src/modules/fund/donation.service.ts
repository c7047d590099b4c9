// Income: donations received at once, pledges that become donations when paid, cancellations
// and refunds as reversing entries. Each transition is one conditional write; ledger-touching
// ones run once per idempotency key.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { DonationKind, DonationStatus, DonorType } from './fund.enums';
import { DONATION_FROM, DONATION_TO, donationAllows, type DonationAction } from './fund.policy';
import { nextReceiptNo, onceByKey, pgArray, postTxn, receiptNumber } from './ledger.service';
import type { Actor } from './fund.access';
import type { FundSettings } from './fund.settings';
import { FUND_EVENTS } from './fund.events';

export interface Donor {
  type: DonorType;
  refId: string | null;
  name: string;
  accountId: string | null;
}

export interface DonationInput {
  fundId: string;
  kind: DonationKind;
  amountFen: number;
  description: string | null;
  donor: Donor;
  anonymous: boolean;
}

const ledgerCode = (kind: DonationKind) => (kind === DonationKind.GOODS ? 'GOODS' : 'CASH');

function eventData(d: { fundId: string; id: string; kind: string; amountFen: number; anonymous: boolean; donor: Donor }) {
  const hidden = d.anonymous;
  return {
    fundId: d.fundId,
    donationId: d.id,
    kind: d.kind,
    amountFen: d.amountFen,
    donorType: d.donor.type,
    donorRefId: hidden ? null : d.donor.refId,
    donorAccountId: hidden ? null : d.donor.accountId,
  };
}

async function issueReceipt(em: EntityManager, settings: FundSettings, fundId: string) {
  const no = await nextReceiptNo(em, fundId);
  return { no, number: receiptNumber(settings.receiptPrefix, no) };
}

/** Posts the income: money to CASH, goods to GOODS at their valuation; services move no money. */
async function postIncome(em: EntityManager, actor: Actor, d: { id: string; fundId: string; kind: DonationKind; amountFen: number }) {
  if (d.kind === DonationKind.SERVICE) return;
  await postTxn(em, {
    communityId: actor.communityId,
    fundId: d.fundId,
    kind: 'DONATION',
    donationId: d.id,
    legs: [
      { code: ledgerCode(d.kind), amountFen: d.amountFen },
      { code: 'INCOME', amountFen: -d.amountFen },
    ],
  });
}

/** A donation received now (pledge=false) or a pledge (pledge=true). */
export async function createDonation(
  em: EntityManager,
  actor: Actor,
  settings: FundSettings,
  input: DonationInput,
  pledge: boolean,
  key: string,
): Promise<string> {
  return onceByKey(em, { communityId: actor.communityId, key, operation: pledge ? 'pledge' : 'donation', payload: [input, actor.accountId] }, async () => {
    const [fund] = await em.execute(`select active from fund_fund where id = ? and community_id = ?`, [input.fundId, actor.communityId]);
    if (!fund?.active) throw new UserFacingError('INVALID_STATE', ['input', 'fundId'], { state: 'INACTIVE' });
    const id = uuidv7();
    const now = new Date();
    const d = { id, fundId: input.fundId, kind: input.kind, amountFen: input.amountFen };
    const receipt = pledge ? null : await issueReceipt(em, settings, input.fundId);
    await em.execute(
      `insert into fund_donation (id, created_at, updated_at, community_id, fund_id, kind, status, amount_fen, description, donor_type, donor_ref_id,
         donor_name, donor_account_id, anonymous, receipt_no, receipt_number, pledged_at, received_at, recorded_by_account_id)
       values (?, now(), now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        actor.communityId,
        input.fundId,
        input.kind,
        pledge ? DonationStatus.PLEDGED : DonationStatus.RECEIVED,
        input.amountFen,
        input.description,
        input.donor.type,
        input.donor.refId,
        input.donor.name,
        input.donor.accountId,
        input.anonymous,
        receipt?.no ?? null,
        receipt?.number ?? null,
        pledge ? now : null,
        pledge ? null : now,
        actor.accountId,
      ],
    );
    if (!pledge) await postIncome(em, actor, d);
    recordEvent(em, pledge ? FUND_EVENTS.DonationPledged : FUND_EVENTS.DonationReceived, {
      communityId: actor.communityId,
      subject: { type: 'FundDonation', id },
      data: eventData({ ...d, anonymous: input.anonymous, donor: input.donor }),
    });
    return id;
  });
}

/** The state a donation is in now, for INVALID_STATE answers. */
async function stateOf(em: EntityManager, id: string): Promise<string> {
  const [row] = await em.execute(`select status from fund_donation where id = ?`, [id]);
  return row?.status ?? 'UNKNOWN';
}

/** PLEDGED → RECEIVED / CANCELLED, RECEIVED → REFUNDED: one conditional write each. */
export async function transitionDonation(
  em: EntityManager,
  actor: Actor,
  settings: FundSettings,
  id: string,
  action: DonationAction,
  opts: { reason?: string | null; key?: string },
): Promise<string> {
  const run = async () => {
    // A pledge's receipt number is drawn first (under the fund's counter lock); if the conditional
    // write below fails, the transaction rolls back and the number is not used up.
    let receipt: { no: number; number: string } | null = null;
    if (action === 'fulfil') {
      const [f] = await em.execute(`select fund_id from fund_donation where id = ? and community_id = ?`, [id, actor.communityId]);
      if (f) receipt = await issueReceipt(em, settings, f.fund_id);
    }
    const rows = await em.execute(
      `update fund_donation set status = ?, updated_at = now(),
          received_at = case when ? = 'fulfil' then now() else received_at end,
          refunded_at = case when ? = 'refund' then now() else refunded_at end,
          receipt_no = coalesce(?, receipt_no), receipt_number = coalesce(?, receipt_number),
          recorded_by_account_id = case when ? = 'fulfil' then ?::uuid else recorded_by_account_id end,
          reason = coalesce(?, reason)
        where id = ? and community_id = ? and status = any(?::text[]) and not (? = 'refund' and kind = 'SERVICE')
        returning fund_id, kind, amount_fen, anonymous, donor_type, donor_ref_id, donor_account_id, donor_name`,
      [
        DONATION_TO[action],
        action,
        action,
        receipt?.no ?? null,
        receipt?.number ?? null,
        action,
        actor.accountId,
        opts.reason ?? null,
        id,
        actor.communityId,
        pgArray(DONATION_FROM[action]),
        action,
      ],
    );
    const d = rows[0];
    if (!d) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: await stateOf(em, id) });
    const amountFen = Number(d.amount_fen);
    const donor: Donor = { type: d.donor_type, refId: d.donor_ref_id, name: d.donor_name, accountId: d.donor_account_id };
    if (action === 'fulfil') await postIncome(em, actor, { id, fundId: d.fund_id, kind: d.kind, amountFen });
    if (action === 'refund') {
      // The reversing entries: the money (or goods' valuation) leaves again, never below zero.
      await postTxn(em, {
        communityId: actor.communityId,
        fundId: d.fund_id,
        kind: 'REFUND',
        donationId: id,
        legs: [
          { code: ledgerCode(d.kind), amountFen: -amountFen },
          { code: 'INCOME', amountFen },
        ],
      });
    }
    const type = { fulfil: FUND_EVENTS.DonationReceived, cancel: FUND_EVENTS.PledgeCancelled, refund: FUND_EVENTS.DonationRefunded }[action];
    recordEvent(em, type, {
      communityId: actor.communityId,
      subject: { type: 'FundDonation', id },
      data: eventData({ fundId: d.fund_id, id, kind: d.kind, amountFen, anonymous: d.anonymous, donor }),
    });
    return id;
  };
  if (!opts.key) return run();
  return onceByKey(em, { communityId: actor.communityId, key: opts.key, operation: action, payload: [id, opts.reason ?? null, actor.accountId] }, run);
}

export { donationAllows };
