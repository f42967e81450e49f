// HTML of the browser-facing pages: consent, OAuth error, join link. Every dynamic value is escaped.
import { escapeHtml as e } from './http.ts';

const SCOPE_LABELS: Record<string, string> = {
  'meeting:write:meeting': 'Create meetings for you',
  'meeting:update:meeting': 'Update your meetings',
  'meeting:delete:meeting': 'Delete your meetings',
  'meeting:read:meeting': 'View your meetings',
  'meeting:read:list_meetings': 'View your list of meetings',
  'user:read:user': 'View your user information',
  'user:read:settings': 'View your Zoom settings',
  'team_chat:read:list_contacts': 'View your contacts',
};

const STYLE = `
  *{box-sizing:border-box}
  body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Hiragino Sans","Noto Sans JP",sans-serif;background:#f5f6fa;color:#232333}
  header{background:#0b5cff;color:#fff;padding:14px 24px;font-weight:700;font-size:22px;letter-spacing:-.5px}
  header small{font-weight:400;font-size:12px;opacity:.8;margin-left:12px;letter-spacing:0}
  main{max-width:520px;margin:40px auto;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:32px}
  h1{font-size:20px;margin:0 0 8px}
  p{line-height:1.5;margin:8px 0}
  .muted{color:#6e7680;font-size:14px}
  .account{display:flex;align-items:center;gap:10px;background:#f1f4ff;border-radius:8px;padding:10px 14px;margin:16px 0}
  .avatar{width:32px;height:32px;border-radius:50%;background:#0b5cff;color:#fff;display:grid;place-items:center;font-weight:700}
  ul{padding-left:20px;margin:8px 0 16px} li{margin:6px 0} code{font-size:12px;color:#6e7680}
  .actions{display:flex;justify-content:flex-end;gap:12px;margin-top:24px}
  button{font:inherit;border-radius:8px;padding:9px 22px;cursor:pointer;border:1px solid #babcc4;background:#fff;color:#232333}
  button.primary{background:#0b5cff;border-color:#0b5cff;color:#fff}
  button:focus-visible{outline:3px solid #99b9ff;outline-offset:2px}
  .error{color:#c5161d;font-weight:600}
  footer{text-align:center;color:#9aa0a6;font-size:12px;margin:24px 0}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head>
<body><header>zoom<small>Local simulator</small></header><main>${body}</main>
<footer>Zoom simulator for local tests: not zoom.us</footer></body></html>`;
}

export function consentPage(input: { appName: string; email: string; scopes: string[]; requestId: string }): string {
  const items = input.scopes
    .map((s) => `<li>${e(SCOPE_LABELS[s] ?? s)} <code>${e(s)}</code></li>`)
    .join('');
  return page(
    `Authorize ${input.appName} - Zoom`,
    `<h1>${e(input.appName)} would like to access your Zoom account</h1>
<div class="account"><div class="avatar" aria-hidden="true">${e(input.email.charAt(0).toUpperCase())}</div>
<div><div>Signed in as</div><strong>${e(input.email)}</strong></div></div>
<p>This app will be able to:</p><ul>${items}</ul>
<p class="muted">By clicking Allow, you give permission to this app to use your information in accordance with their terms of service and privacy policy. You can remove this app at any time in My Apps.</p>
<form method="post" action="/oauth/authorize/decision">
<input type="hidden" name="request_id" value="${e(input.requestId)}">
<div class="actions"><button type="submit" name="decision" value="deny">Deny</button>
<button type="submit" name="decision" value="allow" class="primary">Allow</button></div>
</form>`,
  );
}

export function oauthErrorPage(message: string): string {
  return page('Error - Zoom', `<h1>Something went wrong</h1><p class="error" role="alert">${e(message)}</p>
<p class="muted">Contact the app developer for help.</p>`);
}

/** Zoom's spaced form: 812 3456 7890 (11 digits) or 123 456 7890 (10). */
function prettyMeetingId(id: number): string {
  const s = String(id);
  return s.length === 11 ? `${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7)}` : `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

export function joinPage(id: string, hasPasscode: boolean, exists: boolean): string {
  if (!exists) {
    return page('Join meeting - Zoom', `<h1>This meeting link is invalid</h1><p class="error" role="alert">Meeting ID ${e(id)} does not exist.</p>`);
  }
  const pretty = prettyMeetingId(Number(id));
  return page(
    'Join meeting - Zoom',
    `<h1>Join meeting ${e(pretty)}</h1>
<p>Click <strong>Open Zoom Meetings</strong> on the dialog shown by your browser.</p>
<p class="muted">${hasPasscode ? 'The passcode is embedded in this link.' : 'You will be asked for the passcode.'}</p>
<div class="actions"><button class="primary" type="button">Launch Meeting</button></div>`,
  );
}
