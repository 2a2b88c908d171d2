/**
 * The health office's dashboard as a host serves it: where the page, its files and its data live, and
 * the page with what it needs to sign a clerk in when it is served deployed. The page names its files
 * and its data relative to itself (`dashboard.css`, `dashboard/data`), so any host serving it at
 * {@link DASHBOARD_PATHS}.page serves them at these paths.
 */

export const DASHBOARD_PATHS = {
  page: '/dashboard',
  style: '/dashboard.css',
  script: '/dashboard.js',
  data: '/dashboard/data',
} as const;

/** The page's three files (`shared/dashboard/page/`). */
export interface DashboardPageFiles {
  readonly html: string;
  readonly css: string;
  readonly js: string;
}

/**
 * Where the deployed page signs a clerk in: the user pool's hosted sign-in, by authorization code with
 * PKCE. The page gets these in a JSON block; without one (the local line) it reads its data unsigned.
 */
export interface DashboardSignIn {
  /** The hosted sign-in's base URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signInUrl: string;
  /** The public app client the page signs in as: no secret, which a browser could not keep. */
  readonly clientId: string;
  /** The page's own URL, where the sign-in comes back with its code and the sign-out lands. */
  readonly redirectUrl: string;
}

/** The id of the JSON block `dashboard.js` reads its sign-in settings from. */
export const SIGN_IN_BLOCK_ID = 'sign-in';

/**
 * The page with its sign-in settings in a JSON block at the end of its head. The block is data, never
 * run; `<` is escaped so no value can close it.
 *
 * @throws Error when the page has no `</head>`.
 */
export function pageWithSignIn(html: string, signIn: DashboardSignIn): string {
  const settings = JSON.stringify({
    signInUrl: signIn.signInUrl,
    clientId: signIn.clientId,
    redirectUrl: signIn.redirectUrl,
  }).replace(/</g, '\\u003c');
  const at = html.indexOf('</head>');
  if (at === -1) throw new Error('The dashboard page has no </head> to put its sign-in settings in');
  const block = `  <script type="application/json" id="${SIGN_IN_BLOCK_ID}">${settings}</script>\n  `;
  return `${html.slice(0, at).trimEnd()}\n${block}${html.slice(at)}`;
}

/**
 * The deployed page's security headers: script, style and data from its own origin only, plus the
 * sign-in's token endpoint; never framed (clickjacking); no `Referer`, which would carry the sign-in
 * code to the page's own files.
 */
export function pageSecurityHeaders(signIn: DashboardSignIn): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ${new URL(signIn.signInUrl).origin}`,
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  };
}
