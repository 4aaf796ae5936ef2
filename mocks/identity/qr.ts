/**
 * QR sign-in for the mobile app: a ticket that a simulated phone scans and approves after some polls.
 */
import { config, flows, nowMs, type Flow, type IdentityStep, type Schemas } from './store.js';
import { checkAuthorization, finish, flowOf, newFlow } from './flows.js';
import { randomToken } from '../oidc/jwt.js';

/** Approves a QR sign-in as if the app of `personId` scanned and confirmed it. */
export function approveQrFlow(flowId: string, personId = 'person-1'): void {
  const flow = flows.get(flowId);
  if (flow) flow.qrApprovedBy = personId;
}
// ——— QR code for the mobile app ———

export function startQr(body: Schemas['IdentityAuthorizationOnly'], origin: string): IdentityStep {
  const flow = newFlow('qr', {
    ...(body.authorization ? { authorization: checkAuthorization(body.authorization) } : {}),
    ticket: randomToken(12),
  });
  return qrStep(flow, origin);
}

export function qrStep(flow: Flow, origin: string): IdentityStep {
  const left = Math.max(0, Math.ceil((flow.createdAt + config.qrTtl * 1000 - nowMs()) / 1000));
  const scanned =
    flow.qrApprovedBy !== undefined || (config.qrScanAfterPolls > 0 && flow.polls >= config.qrScanAfterPolls);
  return {
    flowId: flow.id,
    step: 'qr',
    qr: {
      payload: `${origin}/app/qr-login?ticket=${flow.ticket}`,
      expiresIn: left,
      pollInterval: config.qrPollInterval,
      state: left === 0 ? 'expired' : scanned ? 'scanned' : 'waiting',
    },
  };
}

export function pollQr(flowId: string, body: Schemas['IdentityAuthorizationOnly'], origin: string): IdentityStep {
  const flow = flowOf(flowId, ['qr']);
  flow.polls += 1;
  if (flow.createdAt + config.qrTtl * 1000 <= nowMs()) return qrStep(flow, origin);
  if (config.qrApproveAfterPolls > 0 && flow.polls >= config.qrApproveAfterPolls) flow.qrApprovedBy ??= 'person-1';
  if (flow.qrApprovedBy && flow.polls > (config.qrScanAfterPolls > 0 ? config.qrScanAfterPolls : 0))
    return finish(flow, flow.qrApprovedBy, body.authorization ?? flow.authorization);
  return qrStep(flow, origin);
}

// ——— For the contract test: flows in a given state ———
