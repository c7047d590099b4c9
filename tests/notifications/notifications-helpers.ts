// Typed operations of the notification tests (not a test file).
import { graphql } from '../gql';

export const MyChangesLive = `subscription MyChangesLive($after: String) { myChanges(after: $after) { cursor type subjectType subjectId status } }`;

export const MyChanges = graphql(`
  query MyChanges($after: String, $first: Int) {
    myChanges(after: $after, first: $first) {
      events {
        cursor
        type
        subjectId
        status
      }
      endCursor
      hasMore
    }
  }
`);
export const UnreadCount = graphql(`
  query NotificationUnreadCount {
    notificationUnreadCount
  }
`);
export const Inbox = graphql(`
  query NotificationInbox($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      nodes {
        id
        ruleKey
        eventType
        title
        body
        read
        readAt
        sentAt
        subjectType
        subjectId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const Digest = graphql(`
  query NotificationDigest($day: String) {
    notificationDigest(day: $day) {
      day
      total
      unread
      groups {
        ruleKey
        title
        count
        unread
      }
    }
  }
`);
export const MarkRead = graphql(`
  mutation NotificationMarkRead($input: NotificationMarkReadInput!) {
    notificationMarkRead(input: $input) {
      notifications {
        id
        read
      }
      unreadCount
      userErrors {
        code
        field
      }
    }
  }
`);
export const MarkAllRead = graphql(`
  mutation NotificationMarkAllRead($input: NotificationMarkAllReadInput) {
    notificationMarkAllRead(input: $input) {
      marked
      unreadCount
      userErrors {
        code
      }
    }
  }
`);
export const ChannelBind = graphql(`
  mutation NotificationChannelBind($input: NotificationChannelBindInput!) {
    notificationChannelBind(input: $input) {
      channel
      bound
      userErrors {
        code
        field
      }
    }
  }
`);
export const NodeNotification = graphql(`
  query NotificationNode($id: ID!) {
    node(id: $id) {
      id
      ... on Notification {
        title
      }
    }
  }
`);
