// Schema coordinates of webhooks whose tenant isolation tests/platform/webhooks.test.ts covers.
export const COVERED = [
  'Mutation.webhookEndpointUpdate(input.id)',
  'Mutation.webhookEndpointDelete(input.id)',
  'Mutation.webhookEndpointRotateSecret(input.id)',
  'Mutation.webhookRedeliver(input.id)',
  'Query.webhookDeliveries(endpoint)',
];
