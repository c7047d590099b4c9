// Module `fund` (社区基金): funds held by a custodian charity organization with separate
// accounting, donations with receipts, approved disbursements, and the public statement (公示).
import { defineModule } from '../../plugins/module-contract';
import { FundDisbursementEdgesResolver, FundDonationEdgesResolver, OrganizationDonationsResolver } from './fund-edges.resolver';
import { Migration20261207120400_fund_organization_donor } from '../../../migrations/Migration20261207120400_fund_organization_donor';
import { Fund, FundAccount, FundMember } from './fund.entity';
import { FundDonation } from './donation.entity';
import { FundApproval, FundDisbursement } from './disbursement.entity';
import { FundResolver } from './fund.resolver';
import { DonationResolver } from './donation.resolver';
import { DisbursementResolver } from './disbursement.resolver';
import { StatementResolver } from './statement.resolver';
import { FundSettings } from './fund.settings';
import { fundPermissions, fundRoleDefaults } from './fund.permissions';
import { fundEvents } from './fund.events';
import { fundHandlers } from './fund.handlers';
import { fundMetrics } from './fund.metrics';
import { Migration20261122150000_fund_init } from '../../../migrations/Migration20261122150000_fund_init';
import { FUND_LEDGER } from './ledger.service';
import { DISBURSEMENT_WRITES } from './disbursement.service';
import { fundErrorCodes } from './fund.errors';
import type * as DemoSeed from './fund.demo';

export default defineModule({
  key: 'fund',
  name: { 'zh-CN': '社区基金', en: 'Community fund' },
  description: {
    'zh-CN': '社区基金：捐赠与收据、认捐、管委会审批支出、公示',
    en: 'Community fund: donations with receipts, pledges, committee-approved disbursements, public statements',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['council', 'resources', 'venture'],
  entities: [Fund, FundMember, FundAccount, FundDonation, FundDisbursement, FundApproval],
  resolvers: [
    FundResolver,
    DonationResolver,
    DisbursementResolver,
    StatementResolver,
    FundDisbursementEdgesResolver,
    FundDonationEdgesResolver,
    OrganizationDonationsResolver,
  ],
  settings: FundSettings,
  permissions: fundPermissions,
  roleDefaults: fundRoleDefaults,
  userErrorCodes: fundErrorCodes,
  events: {
    publishes: fundEvents,
    handles: fundHandlers,
  },
  nodes: {
    Fund: { entity: Fund, permission: 'fund.read' },
    FundDonation: { entity: FundDonation, permission: 'fund.read' },
    FundDisbursement: { entity: FundDisbursement, permission: 'fund.read' },
  },
  metrics: fundMetrics,
  strategies: [FUND_LEDGER, DISBURSEMENT_WRITES],
  migrations: [
    { name: 'Migration20261122150000_fund_init', class: Migration20261122150000_fund_init },
    { name: 'Migration20261207120400_fund_organization_donor', class: Migration20261207120400_fund_organization_donor },
  ],
  demoSeed: async () => require('./fund.demo') as typeof DemoSeed,
});
