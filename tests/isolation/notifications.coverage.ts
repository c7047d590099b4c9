// Schema coordinates of notifications whose tenant isolation tests/notifications/notifications.test.ts covers.
export const COVERED = ['Mutation.notificationMarkRead(input.ids)'];
