import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AfricasTalkingSmsGateway } from '../../shared/adapters/africastalking/sms-gateway.js';

/**
 * The Africa's Talking SDK with its HTTP intercepted, answering with the API's documented shapes for
 * `POST /version1/messaging`.
 */
const API = 'https://api.africastalking.com';
const PHONE = '+6281234567890';

function recipient(statusCode: number, status: string, messageId = 'None') {
  return { statusCode, number: PHONE, status, cost: statusCode < 200 ? 'IDR 300.0000' : '0', messageId };
}

function created(recipients: unknown[], message = 'Sent to 1/1 Total Cost: IDR 300.0000') {
  return { SMSMessageData: { Message: message, Recipients: recipients } };
}

function gateway(keys: string[] = ['key-1']) {
  const asked: boolean[] = [];
  const gw = new AfricasTalkingSmsGateway({
    username: 'covidline',
    senderId: 'JATIMCOVID',
    apiKey: async (fresh) => {
      asked.push(fresh);
      return keys[Math.min(asked.length, keys.length) - 1] ?? 'none';
    },
    timeoutMs: 300,
  });
  return { gw, asked };
}

const SMS = { to: PHONE, message: 'RS terdekat: RSUD Blambangan, 0333-421118' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("Africa's Talking SMS gateway", () => {
  it('sends with the key, username and sender id, and reports the message id', async () => {
    let body: URLSearchParams | undefined;
    const scope = nock(API, { reqheaders: { apikey: 'key-1', accept: 'application/json' } })
      .post('/version1/messaging', (raw) => {
        body = new URLSearchParams(raw as string);
        return true;
      })
      .reply(201, created([recipient(101, 'Success', 'ATXid_4f1c')]));
    const outcome = await gateway().gw.send(SMS);
    expect(outcome).toEqual({ kind: 'sent', messageId: 'ATXid_4f1c', status: 'Success' });
    expect(scope.isDone()).toBe(true);
    expect(body?.get('username')).toBe('covidline');
    expect(body?.get('to')).toBe(PHONE);
    expect(body?.get('from')).toBe('JATIMCOVID');
    expect(body?.get('message')).toBe(SMS.message);
  });

  it.each([
    [100, 'Processed'],
    [102, 'Queued'],
  ])('counts status %i (%s) as sent', async (code, status) => {
    nock(API)
      .post('/version1/messaging')
      .reply(201, created([recipient(code, status, 'ATXid_1')]));
    expect((await gateway().gw.send(SMS)).kind).toBe('sent');
  });

  it.each([
    [403, 'InvalidPhoneNumber'],
    [406, 'UserInBlacklist'],
    [409, 'DoNotDisturbRejection'],
  ])('drops a message the gateway refuses for good: %i %s', async (code, status) => {
    nock(API)
      .post('/version1/messaging')
      .reply(201, created([recipient(code, status)], 'Sent to 0/1 Total Cost: 0'));
    expect(await gateway().gw.send(SMS)).toEqual({ kind: 'rejected', reason: status });
  });

  it.each([
    [500, 'InternalServerError'],
    [501, 'GatewayError'],
    [502, 'RejectedByGateway'],
    [405, 'InsufficientBalance'],
  ])('retries a message the gateway could not take now: %i %s', async (code, status) => {
    nock(API)
      .post('/version1/messaging')
      .reply(201, created([recipient(code, status)], 'Sent to 0/1 Total Cost: 0'));
    expect(await gateway().gw.send(SMS)).toEqual({ kind: 'retry', reason: `${code} ${status}` });
  });

  it('treats a 201 with no recipients as a failure to retry, with the reason given', async () => {
    nock(API).post('/version1/messaging').reply(201, created([], 'InvalidSenderId'));
    expect(await gateway().gw.send(SMS)).toEqual({ kind: 'retry', reason: 'no recipients: InvalidSenderId' });
  });

  it('retries after a 401 and reads the key again before the next call', async () => {
    nock(API)
      .post('/version1/messaging')
      .reply(401, 'The supplied authentication is invalid', { 'content-type': 'text/plain' });
    nock(API, { reqheaders: { apikey: 'key-2' } })
      .post('/version1/messaging')
      .reply(201, created([recipient(101, 'Success', 'ATXid_2')]));
    const { gw, asked } = gateway(['key-1', 'key-2']);
    expect(await gw.send(SMS)).toEqual({
      kind: 'retry',
      reason: 'HTTP 401 The supplied authentication is invalid',
    });
    expect((await gw.send(SMS)).kind).toBe('sent');
    expect(asked).toEqual([false, true]);
  });

  it('masks a phone number the error body repeats, since the reason is logged', async () => {
    nock(API)
      .post('/version1/messaging')
      .reply(400, `Invalid recipient ${PHONE}`, { 'content-type': 'text/plain' });
    const outcome = await gateway().gw.send(SMS);
    expect(outcome).toEqual({ kind: 'retry', reason: 'HTTP 400 Invalid recipient +62812*****890' });
  });

  it('keeps one client per process: the key is read once for many messages', async () => {
    nock(API)
      .post('/version1/messaging')
      .times(3)
      .reply(201, created([recipient(101, 'Success', 'ATXid_3')]));
    const { gw, asked } = gateway();
    for (let i = 0; i < 3; i += 1) await gw.send(SMS);
    expect(asked).toEqual([false]);
  });

  it('retries on a server error and on a dropped connection', async () => {
    nock(API).post('/version1/messaging').reply(503, 'Service Unavailable');
    nock(API)
      .post('/version1/messaging')
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const { gw } = gateway();
    expect(await gw.send(SMS)).toEqual({ kind: 'retry', reason: 'HTTP 503 Service Unavailable' });
    expect(await gw.send(SMS)).toEqual({ kind: 'retry', reason: 'ECONNRESET' });
  });

  it('gives up on a call that does not answer in time, to retry it', async () => {
    nock(API)
      .post('/version1/messaging')
      .delay(2000)
      .reply(201, created([recipient(101, 'Success', 'ATXid_5')]));
    expect(await gateway().gw.send(SMS)).toEqual({ kind: 'retry', reason: 'TIMEOUT' });
  });

  it('drops a number the SDK itself refuses, without calling the API', async () => {
    const outcome = await gateway().gw.send({ to: '+620000', message: 'x' });
    expect(outcome).toEqual({ kind: 'rejected', reason: 'InvalidPhoneNumber' });
  });

  it('retries, rather than loses, a message when the key cannot be read', async () => {
    const gw = new AfricasTalkingSmsGateway({
      username: 'covidline',
      senderId: '',
      apiKey: async () => {
        throw new Error('AccessDeniedException');
      },
    });
    expect(await gw.send(SMS)).toEqual({
      kind: 'retry',
      reason: 'API key unavailable: AccessDeniedException',
    });
  });
});
