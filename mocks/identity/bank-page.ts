/**
 * The mock bank page of the simulated bank ID round trip: <gu-login> sends the browser here (`redirectUrl` of
 * POST /api/identity/bank); «Подтвердить вход» sends it back to `return` with `gu_bank_flow` and `gu_bank_result`
 * (`<ticket>:<personId>`, or `denied`). A real bank would return a signed assertion; this page only echoes the ticket.
 */
const params = new URL(location.href).searchParams;

function back(result: string): void {
  const target = new URL(params.get('return') ?? '/', location.href);
  if (target.origin !== location.origin) return; // only back to this site
  target.searchParams.set('gu_bank_flow', params.get('flow') ?? '');
  target.searchParams.set('gu_bank_result', result);
  location.assign(target.href);
}

document.getElementById('bank-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const person = new FormData(event.target as HTMLFormElement).get('person');
  back(`${params.get('ticket') ?? ''}:${typeof person === 'string' ? person : 'person-1'}`);
});
document.getElementById('deny')?.addEventListener('click', () => back('denied'));
