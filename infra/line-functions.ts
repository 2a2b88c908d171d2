import { DASHBOARD_PATHS } from '../shared/dashboard/page.js';
import type { TableAccess } from './constructs/line-function.js';

/**
 * The line's functions as data, apart from the CDK app so the local host (`npm start`) can serve
 * exactly these routes with exactly these handlers without loading aws-cdk-lib.
 */

/** Where Africa's Talking posts each callback. The routes and the URL outputs both read this. */
export const CALLBACK_PATHS = {
  ussd: '/ussd',
  ussdEvents: '/ussd/events',
  sms: '/sms',
  smsDeliveryReports: '/sms/delivery-reports',
} as const;

export type CallbackPath = (typeof CALLBACK_PATHS)[keyof typeof CALLBACK_PATHS];

/**
 * The health office's dashboard on the HTTP API: the page and its style and script are open (they hold
 * no data, and the page is what signs a clerk in); the data needs a signed-in clerk's token.
 */
export const DASHBOARD_ROUTES = {
  open: [DASHBOARD_PATHS.page, DASHBOARD_PATHS.style, DASHBOARD_PATHS.script],
  signedIn: [DASHBOARD_PATHS.data],
} as const;

/** Secrets a function may read at cold start; each is passed as an ARN in the named variable. */
export type LineSecretName = 'phoneHashPepper' | 'callbackToken' | 'africasTalkingApiKey';

/** The SMS sender's longest run; the outbox hides a message for six times that, as Lambda advises. */
export const SENDER_TIMEOUT_SECONDS = 30;

/** One function of the line: what runs it, what it needs, and nothing about how it is built. */
export interface LineFunctionSpec {
  /** Construct id; also names its alarms and dashboard lines. */
  readonly id: string;
  /** Handler file, relative to the repository root. */
  readonly entry: string;
  readonly description: string;
  /**
   * A gateway callback (`POST <path>` on the HTTP API), the outbox queue, or the dashboard's `GET`
   * routes (the data behind the clerks' sign-in).
   */
  readonly trigger:
    | { readonly callback: CallbackPath }
    | { readonly outbox: 'consume' }
    | { readonly dashboard: typeof DASHBOARD_ROUTES };
  /**
   * Answers a person waiting on a phone: latency matters, and the bundle must stay free of the
   * Africa's Talking SDK (`npm run bundle-report` checks).
   */
  readonly answersUsers: boolean;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly table?: TableAccess;
  /** Queues SMS on the outbox. */
  readonly sendsSms?: boolean;
  readonly secrets?: readonly LineSecretName[];
}

/**
 * The line's functions, one row each. The routes, grants, environment, alarms and dashboard lines
 * follow from the rows.
 */
export const LINE_FUNCTIONS: readonly LineFunctionSpec[] = [
  {
    id: 'Ussd',
    entry: 'functions/ussd/handler.ts',
    description: "USSD hop: answers CON/END to Africa's Talking",
    trigger: { callback: CALLBACK_PATHS.ussd },
    answersUsers: true,
    // The content pack and place index are built at cold start; 512 MB also buys the CPU to do it fast.
    memoryMb: 512,
    // The gateway drops the session after about 10 s; stop first, leaving time for API Gateway.
    timeoutSeconds: 8,
    table: 'RW',
    sendsSms: true,
    secrets: ['phoneHashPepper', 'callbackToken'],
  },
  {
    id: 'UssdEvents',
    entry: 'functions/ussd-events/handler.ts',
    description: 'USSD end-of-session notifications',
    trigger: { callback: CALLBACK_PATHS.ussdEvents },
    answersUsers: false,
    memoryMb: 256,
    timeoutSeconds: 10,
    secrets: ['callbackToken'],
  },
  {
    id: 'Sms',
    entry: 'functions/sms/handler.ts',
    description: 'Incoming SMS: commands, reports and questions',
    trigger: { callback: CALLBACK_PATHS.sms },
    answersUsers: true,
    // Same content pack, place index and FAQ index as USSD.
    memoryMb: 512,
    // Africa's Talking retries an unanswered SMS, so a slow answer costs a duplicate, not a user.
    timeoutSeconds: 10,
    table: 'RW',
    sendsSms: true,
    secrets: ['phoneHashPepper', 'callbackToken'],
  },
  {
    id: 'SmsDeliveryReports',
    entry: 'functions/sms-delivery-reports/handler.ts',
    description: 'SMS delivery reports',
    trigger: { callback: CALLBACK_PATHS.smsDeliveryReports },
    answersUsers: false,
    memoryMb: 256,
    timeoutSeconds: 10,
    table: 'RW',
    secrets: ['callbackToken'],
  },
  {
    id: 'SmsSender',
    entry: 'functions/sms-sender/handler.ts',
    description: "Sends queued SMS through Africa's Talking",
    trigger: { outbox: 'consume' },
    // The only function that loads the Africa's Talking SDK; nobody waits on it.
    answersUsers: false,
    memoryMb: 256,
    // Ten messages at a time, each call bounded by AT_TIMEOUT_MS (6 s) and run concurrently.
    timeoutSeconds: SENDER_TIMEOUT_SECONDS,
    // Its send log: a message the queue delivers twice is sent once.
    table: 'RW',
    secrets: ['africasTalkingApiKey'],
  },
  {
    id: 'Dashboard',
    entry: 'functions/dashboard/handler.ts',
    description: "The health office's dashboard: its page, and the reports' counts and follow-up list",
    trigger: { dashboard: DASHBOARD_ROUTES },
    // A clerk in a browser waits on it, not a caller on a phone.
    answersUsers: false,
    // Up to 92 days of reports shaped at once; the CPU that comes with 512 MB keeps a long range quick.
    memoryMb: 512,
    // Within the 30 s API Gateway waits on an integration.
    timeoutSeconds: 20,
    // No `table`: it only queries the reports' by-day index, which the dashboard construct grants
    // (read-only, narrower than 'RO').
  },
];
