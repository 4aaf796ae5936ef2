/** Contacts of the verification mock: a code to the phone or e-mail, its check, the change of either (old one first). */
import { citizenOf, http } from '../handlers/support.js';
import { fail, jsonBody } from './errors.js';
import { MAX_CODE_ATTEMPTS, MOCK_CODE, contactsOf, newId, setContacts, stateOf, type TicketRecord } from './store.js';

const mask = (channel: 'phone' | 'email', value: string): string =>
  channel === 'phone'
    ? `+7 (***) ***-${value.slice(-4, -2)}-${value.slice(-2)}`
    : value.replace(/^(.{2})[^@]*(@.*)$/, '$1***$2');

/** POST verification/contacts/codes, POST …/codes/{id}/verify. */
export const contactsHandlers = [
  http.post('/verification/contacts/codes', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request as Request);
    const channel = body?.['channel'];
    const purpose = body?.['purpose'];
    const value = body?.['value'];
    if (
      (channel !== 'phone' && channel !== 'email') ||
      (purpose !== 'confirm' && purpose !== 'change-old' && purpose !== 'change-new')
    )
      return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'channel', code: 'invalid' }]));
    const contacts = contactsOf(person);
    let target = channel === 'phone' ? contacts.phone : contacts.email;
    if (purpose === 'change-new') {
      const ok =
        typeof value === 'string' &&
        (channel === 'phone' ? /^\+7\d{10}$/.test(value) : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value));
      if (!ok) return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'value', code: 'invalid' }]));
      if (value === target)
        return response.untyped(fail(request, 422, 'same-contact', [{ field: 'value', code: 'invalid' }]));
      const confirmed = channel === 'phone' ? contacts.phoneConfirmed : contacts.emailConfirmed;
      const allowed = (stateOf().changeAllowedUntil.get(`${person.id}|${channel}`) ?? 0) > Date.now();
      if (confirmed && !allowed) return response.untyped(fail(request, 409, 'confirm-old-first'));
      target = value;
    }
    const state = stateOf();
    const previous = state.tickets.find(
      (t) => t.ownerId === person.id && t.channel === channel && t.purpose === purpose && !t.used,
    );
    const now = Date.now();
    const wait = previous ? Math.ceil((previous.sentAt + 60_000 - now) / 1000) : 0;
    if (previous && wait > 0) return response.untyped(fail(request, 429, 'resend-too-soon', [], wait));
    if (previous) previous.used = true; // a new code invalidates the previous one
    const ticket: TicketRecord = {
      id: newId('code'),
      ownerId: person.id,
      channel,
      purpose,
      sentTo: mask(channel, target),
      expiresAt: new Date(now + 5 * 60_000).toISOString(),
      resendAfter: 60,
      value: target,
      attempts: 0,
      used: false,
      sentAt: now,
    };
    state.tickets.push(ticket);
    const { ownerId: _o, value: _v, attempts: _a, used: _u, sentAt: _s, ...view } = ticket;
    return response(201).json({ ...view, attemptsLeft: MAX_CODE_ATTEMPTS });
  }),

  http.post('/verification/contacts/codes/{id}/verify', async ({ request, params, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request as Request);
    const code = body?.['code'];
    if (typeof code !== 'string' || !/^\d{6}$/.test(code))
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'code', code: 'invalid' }]));
    const ticket = stateOf().tickets.find((t) => t.id === params.id && t.ownerId === person.id);
    if (!ticket) return response.untyped(fail(request, 404, 'not-found'));
    if (ticket.used || Date.parse(ticket.expiresAt) < Date.now() || ticket.attempts >= MAX_CODE_ATTEMPTS)
      return response.untyped(fail(request, 422, 'code-expired', [{ field: 'code', code: 'code-expired' }]));
    if (code !== MOCK_CODE) {
      ticket.attempts += 1;
      const expired = ticket.attempts >= MAX_CODE_ATTEMPTS;
      return response.untyped(
        fail(request, 422, expired ? 'code-expired' : 'wrong-code', [
          { field: 'code', code: expired ? 'code-expired' : 'wrong-code' },
        ]),
      );
    }
    ticket.used = true;
    const channel = ticket.channel;
    if (ticket.purpose === 'change-old') {
      stateOf().changeAllowedUntil.set(`${person.id}|${channel}`, Date.now() + 10 * 60_000);
    } else if (channel === 'phone') {
      setContacts(person, { phone: ticket.value || person.phone, phoneConfirmed: true });
    } else {
      setContacts(person, { email: ticket.value || person.email, emailConfirmed: true });
    }
    return response(200).json(contactsOf(person));
  }),
];
