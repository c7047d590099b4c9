// Module `council` (议事会): bodies at configurable levels, topics through the 五民 lifecycle
// (民事民提 → 民议 → 民决 → 民办 → 民评) with escalation, votes, meetings and published documents.
import { councilScope, seesBody } from './council.access';
import { defineModule } from '../../plugins/module-contract';
import { CouncilBallotEdgesResolver, CouncilBodyEdgesResolver, CouncilMemberEdgesResolver } from './council-edges.resolver';
import { CouncilBody, CouncilMember } from './body.entity';
import { CouncilComment, CouncilEvaluation, CouncilModerationEntry, CouncilTask, CouncilTopic, CouncilTopicTransition } from './topic.entity';
import { CouncilBallot, CouncilVote } from './vote.entity';
import { CouncilAgendaItem, CouncilAttendance, CouncilDocument, CouncilMeeting } from './meeting.entity';
import { CouncilBodyResolver, CouncilMemberResolver } from './body.resolver';
import { CouncilTopicResolver } from './topic.resolver';
import { CouncilTaskResolver, CouncilTopicFieldsResolver } from './topic-work.resolver';
import { CouncilBallotResolver, CouncilVoteResolver } from './vote.resolver';
import { CouncilMeetingResolver } from './meeting.resolver';
import { CouncilBodyExtrasResolver } from './document.resolver';
import { CouncilBoardResolver } from './board.resolver';
import { CouncilStatisticsResolver, councilMetrics } from './council.metrics';
import { councilParticipation } from './council.participation';
import { CouncilSettings } from './council.settings';
import { councilPermissions, councilRoleDefaults } from './council.permissions';
import { councilEvents } from './council.events';
import { onDispatchRequestCreated } from './council.handlers';
import { councilCloseDueVotes, councilMeetingReminders, REMINDER_KEYS } from './council.jobs';
import type * as DemoSeed from './council.demo';
import { Migration20261122120000_council_init } from '../../../migrations/Migration20261122120000_council_init';
import { Migration20261122160100_council_reminders } from '../../../migrations/Migration20261122160100_council_reminders';
import { BALLOTS } from './vote.service';
import { councilErrorCodes } from './council.errors';
import { councilNotifications } from './council.notifications';
import { CouncilModerationResolver, moderates } from './moderation.resolver';
import { Migration20261207091500_council_moderation } from '../../../migrations/Migration20261207091500_council_moderation';

export default defineModule({
  key: 'council',
  name: { 'zh-CN': '议事会', en: 'Deliberation council' },
  description: {
    'zh-CN': '分级议事协商：五民工作法（民事民提、民议、民决、民办、民评）、表决、会议、居民公约',
    en: 'Multi-level deliberation with the five-step lifecycle, votes, meetings and conventions',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['dispatch', 'grid'],
  entities: [
    CouncilBody,
    CouncilMember,
    CouncilTopic,
    CouncilTopicTransition,
    CouncilComment,
    CouncilModerationEntry,
    CouncilTask,
    CouncilEvaluation,
    CouncilVote,
    CouncilBallot,
    CouncilMeeting,
    CouncilAgendaItem,
    CouncilAttendance,
    CouncilDocument,
  ],
  resolvers: [
    CouncilBodyResolver,
    CouncilMemberResolver,
    CouncilTopicResolver,
    CouncilTopicFieldsResolver,
    CouncilTaskResolver,
    CouncilVoteResolver,
    CouncilBallotResolver,
    CouncilMeetingResolver,
    CouncilBodyExtrasResolver,
    CouncilBoardResolver,
    CouncilStatisticsResolver,
    CouncilBodyEdgesResolver,
    CouncilMemberEdgesResolver,
    CouncilBallotEdgesResolver,
    CouncilModerationResolver,
  ],
  settings: CouncilSettings,
  permissions: councilPermissions,
  roleDefaults: councilRoleDefaults,
  userErrorCodes: councilErrorCodes,
  events: {
    publishes: councilEvents,
    handles: [onDispatchRequestCreated],
  },
  // node(id) cannot check a grid worker's scope, so only callers who see every body get council nodes.
  attachments: {
    // Who sees the topic's or meeting's body sees its photos (node(id) included).
    CouncilTopic: { uploadPermission: 'council.topic.raise', canRead: async (ctx, t) => seesBody(await councilScope(ctx), t.bodyId) },
    // Closing a meeting is decided per body (role or chair): the slot needs only the floor the mutation needs.
    CouncilMeeting: { uploadPermission: 'council.read', canRead: async (ctx, m) => seesBody(await councilScope(ctx), m.bodyId) },
  },
  nodes: {
    CouncilBody: { entity: CouncilBody, permission: 'council.allBodies' },
    CouncilMember: { entity: CouncilMember, permission: 'council.allBodies' },
    CouncilTopic: { entity: CouncilTopic, permission: 'council.allBodies' },
    // A hidden comment is there for moderators only.
    CouncilComment: {
      entity: CouncilComment,
      permission: 'council.allBodies',
      inScope: async (ctx, c) => !(c as CouncilComment).hiddenAt || (await moderates(ctx)),
    },
    CouncilTask: { entity: CouncilTask, permission: 'council.allBodies' },
    CouncilVote: { entity: CouncilVote, permission: 'council.allBodies' },
    CouncilMeeting: { entity: CouncilMeeting, permission: 'council.allBodies' },
    CouncilDocument: { entity: CouncilDocument, permission: 'council.allBodies' },
  },
  topics: ['community:<communityId> (council.* events; councilBoard filters by body)'],
  metrics: councilMetrics,
  participation: councilParticipation,
  // 例会提醒: one council.MeetingDue per body and cadence period (safe in several processes).
  // Votes past their close time are closed and published (once, whoever races).
  jobs: [
    { name: 'meetingReminders', everyMs: 10 * 60_000, run: async (c) => void (await councilMeetingReminders(c)) },
    { name: 'closeDueVotes', everyMs: 60_000, run: async (c) => void (await councilCloseDueVotes(c)) },
  ],
  strategies: [BALLOTS, REMINDER_KEYS],
  notifications: councilNotifications,
  migrations: [
    { name: 'Migration20261122120000_council_init', class: Migration20261122120000_council_init },
    { name: 'Migration20261122160100_council_reminders', class: Migration20261122160100_council_reminders },
    { name: 'Migration20261207091500_council_moderation', class: Migration20261207091500_council_moderation },
  ],
  demoSeed: async () => require('./council.demo') as typeof DemoSeed,
});
