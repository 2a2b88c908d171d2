// The health office's dashboard: draws what `shared/dashboard/view.ts` shapes, read from the JSON
// endpoint named by the body's `data-source` (relative, so the page works wherever it is served).
// Plain browser JavaScript, no build.

const SOURCE = document.body.dataset.source || 'dashboard/data';
const AUTO_REFRESH_MS = 60_000;
const RISKS = [
  ['high', 'High', 'Tinggi'],
  ['moderate', 'Moderate', 'Sedang'],
  ['low', 'Low', 'Rendah'],
];
const SVG = 'http://www.w3.org/2000/svg';

const byId = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element;
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function svg(tag, attributes = {}, text = undefined) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const dayLabel = (ymd) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${ymd}T00:00:00Z`));

const wibTime = (iso) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/**
 * A shown count is a number, the suppression mark (`<5`), or a band (`5–9`) where the exact number
 * would give a suppressed count away. What a bar or circle is drawn to: the number, a band's low end.
 */
const isNumber = (count) => typeof count === 'number';
const isBand = (count) => typeof count === 'string' && /^\d+–\d+$/.test(count);
const drawnAs = (count) => (isNumber(count) ? count : isBand(count) ? Number.parseInt(count, 10) : 0);

function table(headers, rows, className = '') {
  const node = element('table', className);
  const head = node.createTHead().insertRow();
  for (const title of headers) {
    // A header is a label, or an [English, Indonesian] pair shown on two lines.
    const th = element('th', '', Array.isArray(title) ? title[0] : title);
    if (Array.isArray(title)) th.append(element('small', '', title[1]));
    th.scope = 'col';
    head.append(th);
  }
  const body = node.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    cells.forEach((cell, i) => {
      const td = i === 0 ? element('th') : element('td');
      if (i === 0) td.scope = 'row';
      if (cell instanceof Node) td.append(cell);
      else td.textContent = String(cell);
      if (typeof cell === 'number') td.className = 'num';
      row.append(td);
    });
  }
  return node;
}

function countCell(count, risk) {
  const kind = isNumber(count) ? '' : isBand(count) ? ' band' : ' suppressed';
  const span = element('span', `count ${risk}${kind}`, count);
  if (kind === ' suppressed') span.title = 'Fewer than 5: suppressed';
  if (kind === ' band') span.title = 'Shown as a band, so that no suppressed count can be worked out from it';
  return span;
}

function riskTable(rows, firstHeader, label) {
  return table(
    [firstHeader, ...RISKS.map(([, en, id]) => [en, id]), ['Total', 'Jumlah']],
    rows.map((row) => [
      label(row),
      ...RISKS.map(([risk]) => countCell(row[risk], risk)),
      countCell(row.total, 'total'),
    ]),
    'counts',
  );
}

function renderTotals(view) {
  const box = byId('totals');
  box.replaceChildren(
    ...[...RISKS, ['total', 'All', 'Semua']].map(([risk, en, id]) => {
      const card = element('div', `card ${risk}`);
      card.append(
        element('span', 'card-count', view.totals[risk]),
        element('span', 'card-title', `${en} · ${id}`),
      );
      return card;
    }),
  );
  for (const node of document.querySelectorAll('.suppress-below')) node.textContent = view.suppressBelow - 1;
}

function renderDays(view) {
  const max = Math.max(1, ...view.days.map((d) => drawnAs(d.total)));
  const rows = [...view.days].reverse();
  const node = riskTable(rows, ['Day (WIB)', 'Hari'], (d) => dayLabel(d.day));
  // A bar beside each day's total, to scale where the total is shown.
  [...node.tBodies[0].rows].forEach((row, i) => {
    const total = rows[i].total;
    const bar = element('span', 'bar');
    bar.style.width = `${(drawnAs(total) / max) * 100}%`;
    const cell = row.insertCell();
    cell.className = 'bar-cell';
    cell.append(bar);
  });
  node.tHead.rows[0].append(element('th', 'bar-cell', ''));
  byId('days-table').replaceChildren(node);
}

function renderWeeks(view) {
  byId('weeks-table').replaceChildren(
    riskTable(
      [...view.weeks].reverse(),
      ['Week', 'Minggu'],
      (w) => `${dayLabel(w.from)} – ${dayLabel(w.to)}`,
    ),
  );
}

/** Circle radius in map units: area grows with the count, up to the largest kab/kota's. */
function radiusFor(view) {
  const max = Math.max(view.suppressBelow, ...view.kabKota.map((k) => drawnAs(k.total)));
  return (count) => {
    if (count === 0) return 4;
    if (drawnAs(count) === 0) return 10;
    return Math.max(12, 48 * Math.sqrt(drawnAs(count) / max));
  };
}

function renderMap(view) {
  const { width, height, outline } = view.map;
  const map = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'map-desc',
  });
  map.append(
    svg(
      'title',
      { id: 'map-desc' },
      `Reports per kab/kota in ${view.province}; the table below the map lists the same counts.`,
    ),
  );
  const shape = svg('g', { class: 'outline' });
  for (const [x, y] of outline) shape.append(svg('circle', { cx: x, cy: y, r: 4 }));
  map.append(shape);
  // Larger circles first, so a small one next to a large one stays visible and clickable.
  const radius = radiusFor(view);
  const kabs = [...view.kabKota].sort((a, b) => radius(b.total) - radius(a.total));
  const marks = svg('g');
  const labels = svg('g', { class: 'labels' });
  const named = [];
  for (const kab of kabs) {
    const r = radius(kab.total);
    const kind = kab.total === 0 ? 'none' : drawnAs(kab.total) > 0 ? 'shown' : 'suppressed';
    const mark = svg('circle', { cx: kab.x, cy: kab.y, r, class: `kab ${kind}`, 'data-code': kab.code });
    mark.append(svg('title', {}, `${kab.label}: ${kab.total} report(s)`));
    marks.append(mark);
    if (kab.total !== 0) {
      const text = svg('text', { class: 'name' }, `${kab.label.replace(/^Kab\. /, '')} ${kab.total}`);
      labels.append(text);
      named.push({ kab, r, text });
    }
  }
  map.append(marks, labels);
  const legend = element('p', 'legend');
  for (const [kind, label] of [
    ['shown', 'reports (larger: more)'],
    ['suppressed', 'fewer than 5'],
    ['none', 'none'],
  ]) {
    legend.append(element('span', `dot ${kind}`), element('span', '', label));
  }
  byId('map').replaceChildren(map, legend);
  placeLabels(named, width, height);

  const listed = view.kabKota.filter((k) => k.total !== 0);
  byId('kab-table').replaceChildren(
    listed.length === 0
      ? element('p', 'muted', 'No reports in the period.')
      : riskTable(listed, ['Kab/kota', ''], (k) => k.label),
  );
}

/**
 * Puts each name beside its circle where it overlaps no other circle and no name placed before it:
 * right, left, above, below, in that order (the largest counts are placed first). Names are measured
 * once drawn.
 */
function placeLabels(named, width, height) {
  // Every circle drawn to scale is in the way of every other name.
  const circles = named.map(({ kab, r }) => ({
    x: kab.x - r,
    y: kab.y - r,
    w: 2 * r,
    h: 2 * r,
    code: kab.code,
  }));
  const placed = [];
  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const { kab, r, text } of named) {
    const w = text.getComputedTextLength();
    const h = 24;
    const candidates = [
      { x: kab.x + r + 4, y: kab.y - h / 2 },
      { x: kab.x - r - 4 - w, y: kab.y - h / 2 },
      { x: kab.x - w / 2, y: kab.y - r - 4 - h },
      { x: kab.x - w / 2, y: kab.y + r + 4 },
    ].map((c) => ({ ...c, w, h }));
    const inside = (c) => c.x >= 0 && c.y >= 0 && c.x + c.w <= width && c.y + c.h <= height;
    const spot =
      candidates.find(
        (c) =>
          inside(c) &&
          !placed.some((p) => overlaps(c, p)) &&
          !circles.some((o) => o.code !== kab.code && overlaps(c, o)),
      ) ??
      candidates.find((c) => inside(c) && !placed.some((p) => overlaps(c, p))) ??
      candidates.find(inside) ??
      candidates[0];
    placed.push(spot);
    text.setAttribute('x', String(spot.x));
    // The baseline sits about a fifth of the height above the box's bottom.
    text.setAttribute('y', String(spot.y + h * 0.8));
  }
}

const SYMPTOMS = {
  fever: 'fever',
  cough: 'cough',
  'sore-throat': 'sore throat',
  breathing: 'difficulty breathing',
  'smell-taste': 'loss of smell/taste',
};

function renderFollowUp(view) {
  const box = byId('followup');
  if (view.followUp.length === 0) {
    box.replaceChildren(element('p', 'muted', 'Nobody to call back in the period · Tidak ada'));
    return;
  }
  const rows = view.followUp.map((f) => {
    const phone = element('a', 'phone', f.phone);
    phone.href = `tel:${f.phone}`;
    const risk = element('span', `risk ${f.risk}`, f.risk === 'high' ? 'HIGH' : 'moderate');
    const place = element('span', '', f.place);
    if (!f.place.includes(f.kabLabel)) place.append(element('br'), element('small', 'muted', f.kabLabel));
    const answers = [
      f.symptoms.map((s) => SYMPTOMS[s] ?? s).join(', ') || 'no symptoms',
      `age ${f.ageBand}`,
      f.contactWithCase ? 'contact with a case' : '',
      f.pregnantOrChronic ? 'pregnant or chronic illness' : '',
    ]
      .filter(Boolean)
      .join('; ');
    return [wibTime(f.reportedAt), phone, risk, place, answers, element('span', 'advice', f.adviceGiven)];
  });
  box.replaceChildren(
    table(['Reported (WIB)', 'Phone', 'Risk', 'Place', 'Answers', 'Advice given'], rows, 'followup'),
  );
}

// Signing in, when the page is served deployed. The function puts the hosted sign-in's address, the
// app client and this page's URL in a JSON block (#sign-in); served by the local line there is none,
// and the page reads its data without signing in. A clerk signs in by authorization code with PKCE:
// the page holds no secret, a code is useless without the verifier this tab keeps, and the tokens
// live in sessionStorage only, so they go when the tab is closed.

const SIGN_IN = (() => {
  const block = document.getElementById('sign-in');
  return block ? JSON.parse(block.textContent) : undefined;
})();
const TOKENS_KEY = 'dashboard.tokens';
const PENDING_KEY = 'dashboard.sign-in';
/** A token this close to its expiry is not sent: it could expire on the way. */
const EXPIRY_MARGIN_MS = 60_000;

const base64url = (bytes) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const randomKey = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

function storedTokens() {
  try {
    const tokens = JSON.parse(sessionStorage.getItem(TOKENS_KEY) ?? 'null');
    return tokens && tokens.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? tokens : undefined;
  } catch {
    return undefined;
  }
}

/** Set once the page is on its way to the sign-in: nothing else may start one. */
let leaving = false;

/** Off to the hosted sign-in, which comes back to this page with a code. */
async function signIn() {
  leaving = true;
  const verifier = randomKey();
  const state = randomKey();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, verifier }));
  sessionStorage.removeItem(TOKENS_KEY);
  const url = new URL('/oauth2/authorize', SIGN_IN.signInUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: SIGN_IN.clientId,
    redirect_uri: SIGN_IN.redirectUrl,
    scope: 'openid email',
    state,
    code_challenge_method: 'S256',
    code_challenge: base64url(new Uint8Array(digest)),
  }).toString();
  byId('status').textContent = 'Signing in… · Masuk…';
  location.assign(url.href);
}

/**
 * Back from the hosted sign-in with `?code=...&state=...` (or `?error=...`): checks that the answer is
 * for this tab, then trades the code and this tab's verifier for tokens. Whether tokens came.
 */
async function finishSignIn() {
  const answer = new URLSearchParams(location.search);
  if (!answer.has('code') && !answer.has('error')) return false;
  // A code is good once: out of the address bar and the history, whatever happens next.
  history.replaceState(null, '', location.pathname);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
  sessionStorage.removeItem(PENDING_KEY);
  if (answer.has('error')) throw new Error(answer.get('error_description') || answer.get('error'));
  if (!pending || answer.get('state') !== pending.state) throw new Error('the answer was not for this tab');
  const res = await fetch(new URL('/oauth2/token', SIGN_IN.signInUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: SIGN_IN.clientId,
      code: answer.get('code'),
      redirect_uri: SIGN_IN.redirectUrl,
      code_verifier: pending.verifier,
    }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok || !body.access_token) throw new Error(body.error ?? `the sign-in answered ${res.status}`);
  sessionStorage.setItem(
    TOKENS_KEY,
    JSON.stringify({
      accessToken: body.access_token,
      idToken: body.id_token,
      expiresAt: Date.now() + Number(body.expires_in ?? 3600) * 1000,
    }),
  );
  return true;
}

/** The signed-in clerk's e-mail address, from the ID token's claims (shown only, never trusted). */
function clerkEmail(tokens) {
  try {
    const claims = tokens.idToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(claims)).email;
  } catch {
    return undefined;
  }
}

/** Forgets the tokens and ends the hosted sign-in's session, which comes back to this page. */
function signOut() {
  leaving = true;
  sessionStorage.removeItem(TOKENS_KEY);
  const url = new URL('/logout', SIGN_IN.signInUrl);
  url.search = new URLSearchParams({
    client_id: SIGN_IN.clientId,
    logout_uri: SIGN_IN.redirectUrl,
  }).toString();
  location.assign(url.href);
}

function showClerk(tokens) {
  const box = element('p', 'clerk');
  box.id = 'clerk';
  const email = clerkEmail(tokens);
  if (email) box.append(element('span', '', email));
  const button = element('button', '', 'Sign out · Keluar');
  button.type = 'button';
  button.addEventListener('click', signOut);
  box.append(button);
  document.querySelector('.top').append(box);
}

/** The data's request headers: the clerk's access token when signed in; undefined when off to sign in. */
async function dataHeaders() {
  if (!SIGN_IN) return {};
  const tokens = storedTokens();
  if (tokens) return { authorization: `Bearer ${tokens.accessToken}` };
  await signIn();
  return undefined;
}

let loading = false;
/** True from a sign-in until the data first answers: a refusal then is not an expired token. */
let justSignedIn = false;

async function load() {
  if (loading || leaving) return;
  loading = true;
  const status = byId('status');
  const days = byId('days').value;
  try {
    const headers = await dataHeaders();
    if (!headers) return;
    const res = await fetch(`${SOURCE}?days=${encodeURIComponent(days)}`, { cache: 'no-store', headers });
    if (SIGN_IN && res.status === 401) {
      // The token ran out (an hour) or was revoked: sign in again, once.
      sessionStorage.removeItem(TOKENS_KEY);
      if (justSignedIn) throw new Error('the sign-in was refused; reload the page to sign in again');
      await signIn();
      return;
    }
    justSignedIn = false;
    const body = await res.json();
    if (!res.ok) throw new Error(body.error ?? `the data answered ${res.status}`);
    byId('province').textContent = body.province;
    renderTotals(body);
    renderFollowUp(body);
    renderMap(body);
    renderDays(body);
    renderWeeks(body);
    status.textContent = `${dayLabel(body.from)} – ${dayLabel(body.to)} · updated ${wibTime(body.generatedAt)} WIB`;
    status.classList.remove('error');
  } catch (error) {
    status.textContent = `Could not load the reports: ${error.message}`;
    status.classList.add('error');
  } finally {
    loading = false;
  }
}

async function start() {
  if (SIGN_IN) {
    try {
      justSignedIn = await finishSignIn();
    } catch (error) {
      const status = byId('status');
      status.textContent = `Could not sign in: ${error.message}. Reload the page to try again.`;
      status.classList.add('error');
      return;
    }
    const tokens = storedTokens();
    if (tokens) showClerk(tokens);
  }
  load();
  setInterval(() => {
    if (document.visibilityState === 'visible') load();
  }, AUTO_REFRESH_MS);
}

byId('range-form').addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
byId('days').addEventListener('change', load);
start();
