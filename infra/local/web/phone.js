// The phone simulator: a feature phone that dials the line's USSD code and texts it, as Africa's
// Talking would post for it, and a panel of what the line did. Plain browser JavaScript, no build.

const SERVICE_CODE = document.body.dataset.serviceCode || '*384*1#';
// The local line writes its short code into the page (`LOCAL_SHORT_CODE` in routes.ts).
const SHORT_CODE = document.body.dataset.shortCode;
/** Operators end a USSD session after about three minutes; the page does the same. */
const SESSION_SECONDS = 180;
/** The gateway gives the line about 10 s to answer a hop. */
const HOP_TIMEOUT_MS = 10_000;
const NETWORK_CODE = '51010';
const REFRESH_MS = 2_000;
const INVALID_CODE = 'Connection problem or invalid MMI code.';

const byId = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element;
};

const numberInput = byId('phone-number');
const numberError = byId('number-error');
const screen = byId('screen');
const screenText = byId('screen-text');
const entry = byId('entry');
const entryLabel = byId('entry-label');
const sendKey = byId('send-key');
const cancelKey = byId('cancel-key');
const timerLabel = byId('session-timer');
const thread = byId('thread');
const smsForm = byId('sms-form');
const smsText = byId('sms-text');

const randomId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** Phone digits as the line keeps them: a national `0812...` is `62812...`. */
const phoneDigits = (text) => {
  const digits = text.replace(/[^0-9]/g, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
};

/** The number typed in the field, in E.164, or undefined (with a message shown) if it is not one. */
function currentNumber() {
  const digits = phoneDigits(numberInput.value);
  const ok = digits.length >= 6 && digits.length <= 15;
  numberError.hidden = ok;
  numberError.textContent = ok ? '' : 'Enter a phone number such as +6281234567890 · Isi nomor HP';
  return ok ? `+${digits}` : undefined;
}

const form = (fields) => new URLSearchParams(fields).toString();
const post = (path, fields, signal) =>
  fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form(fields),
    signal,
  });

const wibTime = (iso) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---------------------------------------------------------------- USSD

/** idle (dialling), waiting (a hop in flight), menu (CON: expects input), ended (END or an error). */
let mode = 'idle';
/** The running session: its id, the inputs so far (the gateway's `text` is them joined by `*`). */
let session;

function show(nextMode, text) {
  mode = nextMode;
  screen.dataset.mode = nextMode;
  screenText.textContent = text;
  const labels = {
    idle: ['Dial · Panggil', 'Call', 'Clear'],
    waiting: ['', 'Call', 'Cancel'],
    menu: ['Reply · Balas', 'Send', 'Cancel'],
    ended: ['', 'OK', 'Clear'],
  }[nextMode];
  entryLabel.textContent = labels[0];
  sendKey.textContent = labels[1];
  cancelKey.textContent = labels[2];
  entry.hidden = nextMode === 'waiting' || nextMode === 'ended';
  entryLabel.hidden = entry.hidden;
  // Follow the session with the focus, unless the user is typing elsewhere (an SMS, the number).
  const active = document.activeElement;
  if (active === document.body || active === null || screen.contains(active)) {
    (entry.hidden ? sendKey : entry).focus();
  }
}

function idle() {
  entry.value = '';
  show('idle', `Dial ${SERVICE_CODE} for Info COVID-19 Jatim.`);
}

function tick() {
  if (!session) {
    timerLabel.textContent = '--:--';
    return;
  }
  const left = Math.max(0, SESSION_SECONDS - Math.floor((Date.now() - session.startedAt) / 1000));
  timerLabel.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  timerLabel.classList.toggle('low', left <= 30);
  if (left === 0) finish('Incomplete', 'Session timed out. · Waktu sesi habis.');
}

/** Ends the session as the gateway does: tells the line (end-of-session notification) and shows why. */
function finish(status, message, lastAppResponse = '') {
  const ended = session;
  session = undefined;
  clearInterval(ended?.timer);
  ended?.abort?.abort();
  tick();
  if (ended) {
    post('ussd/events', {
      sessionId: ended.id,
      serviceCode: SERVICE_CODE,
      networkCode: NETWORK_CODE,
      phoneNumber: ended.phone,
      status,
      durationInMillis: String(Date.now() - ended.startedAt),
      hopsCount: String(ended.hops),
      input: ended.inputs.at(-1) ?? '',
      lastAppResponse,
      date: new Date().toISOString(),
    }).catch(() => undefined);
  }
  if (message === undefined) idle();
  else {
    entry.value = '';
    show('ended', message);
  }
  refreshSoon();
}

/** Posts one hop with the whole path so far and shows the line's answer. */
async function hop() {
  const current = session;
  if (!current) return;
  current.hops += 1;
  show('waiting', 'USSD code running…');
  current.abort = new AbortController();
  const timeout = setTimeout(() => current.abort.abort(), HOP_TIMEOUT_MS);
  let reply;
  try {
    const res = await post(
      'ussd',
      {
        sessionId: current.id,
        serviceCode: SERVICE_CODE,
        phoneNumber: current.phone,
        networkCode: NETWORK_CODE,
        text: current.inputs.join('*'),
      },
      current.abort.signal,
    );
    reply = res.ok ? await res.text() : undefined;
  } catch {
    reply = undefined;
  } finally {
    clearTimeout(timeout);
  }
  if (session !== current) return;
  if (reply?.startsWith('CON ')) {
    entry.value = '';
    show('menu', reply.slice(4));
  } else if (reply?.startsWith('END ')) {
    finish('Success', reply.slice(4), reply);
  } else {
    finish('Failed', INVALID_CODE, reply ?? '');
  }
}

/** Dials what was typed: the service code, or the code with inputs (`*384*1*3#`), as phones allow. */
function dial() {
  const dialled = entry.value.trim();
  if (dialled === '') return;
  const phone = currentNumber();
  if (!phone) return;
  const base = SERVICE_CODE.slice(0, -1);
  let inputs;
  if (dialled === SERVICE_CODE) inputs = [];
  else if (dialled.startsWith(`${base}*`) && dialled.endsWith('#')) {
    inputs = dialled.slice(base.length + 1, -1).split('*');
  } else {
    show('ended', INVALID_CODE);
    return;
  }
  session = { id: `ATUid_sim_${randomId()}`, phone, inputs, hops: 0, startedAt: Date.now() };
  session.timer = setInterval(tick, 250);
  tick();
  hop();
}

function send() {
  if (mode === 'idle') dial();
  else if (mode === 'menu') {
    const input = entry.value.trim();
    if (input === '' || !session) return;
    session.inputs.push(input);
    hop();
  } else if (mode === 'ended') idle();
}

function cancel() {
  if (session) finish('Incomplete', undefined);
  else idle();
}

function flash(key) {
  const button = document.querySelector(`.key[data-key="${CSS.escape(key)}"]`);
  if (!button) return;
  button.classList.add('pressed');
  setTimeout(() => button.classList.remove('pressed'), 150);
}

function press(key) {
  flash(key);
  if (mode === 'ended') idle();
  if (mode !== 'idle' && mode !== 'menu') return;
  entry.value += key;
  entry.focus();
}

function deleteLast() {
  if (mode === 'idle' || mode === 'menu') entry.value = entry.value.slice(0, -1);
}

for (const button of document.querySelectorAll('.keypad .key')) {
  // The entry keeps the focus, so Enter after a click sends rather than pressing the key again.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    const { key, action } = button.dataset;
    if (key) press(key);
    else if (action === 'call') send();
    else if (action === 'end') cancel();
    else if (action === 'delete') deleteLast();
  });
}
sendKey.addEventListener('click', send);
cancelKey.addEventListener('click', cancel);
byId('dial-code').textContent = SERVICE_CODE;
byId('dial-code').addEventListener('click', () => {
  if (session) return;
  idle();
  entry.value = SERVICE_CODE;
  send();
});

entry.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    send();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  } else if (/^[0-9*#]$/.test(event.key)) flash(event.key);
});

// Keys typed anywhere else on the page (but in a form field) press the phone's keys.
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (target === entry || event.ctrlKey || event.metaKey || event.altKey) return;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
  if (/^[0-9*#]$/.test(event.key)) {
    event.preventDefault();
    press(event.key);
  } else if (
    event.key === 'Enter' &&
    !(target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement)
  ) {
    event.preventDefault();
    send();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  } else if (event.key === 'Backspace') {
    event.preventDefault();
    deleteLast();
  }
});

// ---------------------------------------------------------------- SMS

/** What this page texted, and the order messages appeared in, kept for a reload of the tab. */
const saved = JSON.parse(sessionStorage.getItem('sim-sms') ?? 'null') ?? { sent: [], seen: {}, next: 0 };
const save = () => sessionStorage.setItem('sim-sms', JSON.stringify(saved));
let outbox = [];
/** Message ids start again when the line restarts: the text tells two `local-1` apart. */
const seenKey = (sms) => `${sms.messageId}|${sms.message}`;

function renderThread() {
  const digits = phoneDigits(numberInput.value);
  byId('sms-peer').textContent = `${SHORT_CODE} ↔ ${numberInput.value.trim() || '?'}`;
  const mine = saved.sent
    .filter((sms) => sms.from === digits)
    .map((sms) => ({ order: sms.order, out: true, sms }));
  const replies = outbox
    .filter((sms) => phoneDigits(sms.to) === digits && saved.seen[seenKey(sms)] !== undefined)
    .map((sms) => ({ order: saved.seen[seenKey(sms)], out: false, sms }));
  const items = [...mine, ...replies].sort((a, b) => a.order - b.order);
  thread.replaceChildren(
    ...items.map(({ out, sms }) => {
      const item = element('li', out ? 'bubble out' : 'bubble in');
      item.append(element('p', 'text', out ? sms.text : sms.message));
      const meta = out
        ? { sending: 'sending…', sent: 'sent · terkirim', failed: `not sent: ${sms.error}` }[sms.state]
        : `${SHORT_CODE} · ${wibTime(sms.at)} WIB`;
      item.append(element('p', 'meta', meta));
      return item;
    }),
  );
  if (items.length === 0) thread.append(element('li', 'muted empty', 'No messages yet · Belum ada pesan'));
  thread.scrollTop = thread.scrollHeight;
}

smsForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = smsText.value.trim();
  const phone = currentNumber();
  if (text === '' || !phone) return;
  const id = `ATXid_sim_${randomId()}`;
  const sms = { id, from: phoneDigits(phone), text, state: 'sending', order: saved.next++ };
  saved.sent.push(sms);
  smsText.value = '';
  renderThread();
  try {
    const res = await post('sms', {
      from: phone,
      to: SHORT_CODE,
      text,
      date: new Date().toISOString(),
      id,
      linkId: `sim_${randomId()}`,
      networkCode: NETWORK_CODE,
    });
    sms.state = res.ok ? 'sent' : 'failed';
    if (!res.ok) sms.error = `${res.status} ${(await res.text()).slice(0, 80)}`;
  } catch (error) {
    sms.state = 'failed';
    sms.error = String(error);
  }
  save();
  renderThread();
  refreshSoon();
});

smsText.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    smsForm.requestSubmit();
  }
});

numberInput.addEventListener('input', () => {
  currentNumber();
  renderThread();
});

// ---------------------------------------------------------------- what the line did

async function getJson(path) {
  const res = await fetch(path, { cache: 'no-store' });
  return { status: res.status, body: res.ok ? await res.json() : undefined };
}

const RISK = { high: 'high · tinggi', moderate: 'moderate · sedang', low: 'low · rendah' };

function renderReports(reports) {
  const box = byId('reports');
  if (!reports) return box.replaceChildren(element('p', 'error', 'Could not read the reports.'));
  if (reports.length === 0) {
    return box.replaceChildren(element('p', 'muted', 'No reports in the last 7 days · Belum ada laporan'));
  }
  const list = element('ol', 'reports');
  for (const report of reports) {
    const item = element('li');
    const head = element('p');
    head.append(element('span', `risk ${report.risk}`, RISK[report.risk] ?? report.risk), ` ${report.place}`);
    const phone = report.phone ? `phone ${report.phone}` : 'no phone kept';
    item.append(
      head,
      element('p', 'meta', `${wibTime(report.reportedAt)} WIB · ${report.channel.toUpperCase()} · ${phone}`),
    );
    list.append(item);
  }
  box.replaceChildren(list);
}

const FINAL = new Set(['Success', 'Failed', 'Rejected', 'AbsentSubscriber', 'Expired']);

function renderOutbox() {
  const list = byId('outbox');
  const latest = outbox.slice(-15).reverse();
  if (latest.length === 0)
    return list.replaceChildren(element('li', 'muted', 'Nothing sent yet · Belum ada SMS'));
  list.replaceChildren(
    ...latest.map((sms) => {
      const item = element('li');
      const head = element('p', 'meta');
      head.append(element('span', 'mono', `${sms.messageId} → ${maskPhone(sms.to)}`));
      const status = sms.delivery?.status;
      const badge = element(
        'span',
        `badge ${status ? status.toLowerCase() : 'pending'}`,
        status
          ? `${status}${sms.delivery.failureReason ? `: ${sms.delivery.failureReason}` : ''}`
          : 'no delivery report',
      );
      head.append(badge);
      item.append(head, element('p', 'message', sms.message));
      if (!status || !FINAL.has(status)) {
        const actions = element('p', 'actions');
        for (const [label, report] of [
          ['Delivered', { status: 'Success' }],
          ['Failed', { status: 'Failed', failureReason: 'AbsentSubscriber' }],
        ]) {
          const button = element('button', 'small', label);
          button.type = 'button';
          button.title = `Post a delivery report (${report.status}) to the line, as the gateway would`;
          button.addEventListener('click', async () => {
            button.disabled = true;
            await post('sms/delivery-reports', {
              id: sms.messageId,
              phoneNumber: sms.to,
              networkCode: NETWORK_CODE,
              retryCount: '0',
              ...report,
            }).catch(() => undefined);
            refreshSoon();
          });
          actions.append(button);
        }
        item.append(actions);
      }
      return item;
    }),
  );
}

function maskPhone(phone) {
  const digits = phone.replace(/[^0-9]/g, '');
  return digits.length < 8
    ? '***'
    : `+${digits.slice(0, 5)}${'*'.repeat(digits.length - 8)}${digits.slice(-3)}`;
}

function describeFault(fault) {
  if (typeof fault !== 'object' || fault === null) return String(fault);
  return Object.entries(fault)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`)
    .join(', ');
}

/** `GET /dev/faults`: `{ calls, armed: [{ kind, inCalls }], struck: [{ kind, call, at }] }`. */
function renderFaults({ status, body }) {
  const box = byId('faults');
  if (status === 404) {
    return box.replaceChildren(
      element('p', 'muted', 'This host has no fault injection (GET /dev/faults: 404).'),
    );
  }
  if (body === undefined)
    return box.replaceChildren(element('p', 'error', `GET /dev/faults answered ${status}.`));
  if (!Array.isArray(body?.armed)) {
    const list = element('ul', 'faults');
    for (const [key, value] of Object.entries(body))
      list.append(element('li', 'mono', describeFault({ [key]: value })));
    return box.replaceChildren(list);
  }
  const parts = [];
  if (body.armed.length === 0) parts.push(element('p', 'ok', 'None armed · Tidak ada'));
  else {
    const armed = element('ul', 'faults');
    for (const fault of body.armed) {
      const text =
        typeof fault.inCalls === 'number'
          ? `${fault.kind}: the ${ordinal(fault.inCalls)} call from now fails`
          : describeFault(fault);
      armed.append(element('li', '', text));
    }
    parts.push(armed);
  }
  const struck = Array.isArray(body.struck) ? body.struck.slice(-5).reverse() : [];
  if (struck.length > 0) {
    const list = element('ul', 'struck');
    for (const fault of struck) {
      list.append(
        element(
          'li',
          '',
          `${fault.kind} call ${fault.call} failed${fault.at ? ` at ${localTime(fault.at)}` : ''}`,
        ),
      );
    }
    parts.push(element('p', 'muted', 'Struck · Sudah terjadi'), list);
  }
  if (body.calls && typeof body.calls === 'object') {
    const calls = Object.entries(body.calls)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ');
    parts.push(element('p', 'muted', `Calls so far: ${calls}. Arm one: POST /dev/faults storage=N`));
  }
  box.replaceChildren(...parts);
}

const ordinal = (n) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** The fault log uses the machine's clock, not the line's: shown in the browser's own time. */
const localTime = (iso) => new Date(iso).toLocaleTimeString();

function renderMetrics(metrics) {
  const list = byId('metrics');
  const entries = Object.entries(metrics ?? {});
  if (entries.length === 0) return list.replaceChildren(element('dd', 'muted', 'Nothing counted yet'));
  list.replaceChildren(
    ...entries.flatMap(([name, value]) => [element('dt', '', name), element('dd', '', String(value))]),
  );
}

let refreshing = false;
let again = false;

async function refresh() {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = true;
  try {
    const [sent, reports, faults, metrics] = await Promise.all([
      getJson('dev/outbox/status'),
      getJson('dev/reports'),
      getJson('dev/faults').catch(() => ({ status: 0 })),
      getJson('dev/metrics'),
    ]);
    if (sent.body) {
      outbox = sent.body;
      for (const sms of outbox) {
        if (saved.seen[seenKey(sms)] === undefined) saved.seen[seenKey(sms)] = saved.next++;
      }
      save();
    }
    renderThread();
    renderOutbox();
    renderReports(reports.body);
    renderFaults(faults);
    renderMetrics(metrics.body);
  } catch {
    // The line is stopping or restarting: the next refresh tries again.
  } finally {
    refreshing = false;
    if (again) {
      again = false;
      refresh();
    }
  }
}

function refreshSoon() {
  setTimeout(refresh, 100);
}

setInterval(() => {
  if (document.visibilityState === 'visible') refresh();
}, REFRESH_MS);

idle();
renderThread();
refresh();
