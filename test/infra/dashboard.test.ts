import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DASHBOARD_ROUTES, LINE_FUNCTIONS } from '../../infra/line-functions.js';
import type { LineStack } from '../../infra/line-stack.js';
import { INFRA_TIMEOUTS, removeSynthOutputs, synthLine } from './support/line-synth.js';

vi.setConfig(INFRA_TIMEOUTS);

afterAll(removeSynthOutputs);

type Json = Record<string, unknown>;
interface Resource {
  Type: string;
  Properties: Json;
  DeletionPolicy?: string;
}

/** The health office's dashboard on AWS: sign-in required for the data, and the data read-only. */

function only(template: Template, type: string): [string, Resource] {
  const found = Object.entries(template.findResources(type)) as [string, Resource][];
  expect(
    found.map(([id]) => id),
    type,
  ).toHaveLength(1);
  return found[0] as [string, Resource];
}

function dashboardFunction(stack: LineStack) {
  const fn = stack.functions.get('Dashboard');
  if (!fn) throw new Error('no Dashboard function');
  return fn;
}

/** The `GET` routes of the API, by route key. */
function getRoutes(template: Template): Map<string, Json> {
  const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as Resource[];
  return new Map(
    routes
      .filter((r) => String(r.Properties.RouteKey).startsWith('GET '))
      .map((r) => [String(r.Properties.RouteKey), r.Properties]),
  );
}

/** The function a route's integration invokes. */
function targetOf(template: Template, route: Json): unknown {
  const target = route.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
  const integration = template.toJSON().Resources[target['Fn::Join'][1][1].Ref] as Resource;
  return integration.Properties.IntegrationUri;
}

describe("the health office's dashboard", () => {
  let stack: LineStack;
  let template: Template;
  let poolId: string;
  let clientId: string;
  beforeAll(() => {
    ({ stack, template } = synthLine());
    [poolId] = only(template, 'AWS::Cognito::UserPool');
    [clientId] = only(template, 'AWS::Cognito::UserPoolClient');
  });

  it('is a function that answers no caller, so the limits on answering bundles do not apply', () => {
    const spec = LINE_FUNCTIONS.find((s) => s.id === 'Dashboard');
    expect(spec).toMatchObject({ entry: 'functions/dashboard/handler.ts', answersUsers: false });
    expect(spec?.secrets ?? []).toEqual([]);
  });

  it('serves its data only with a token of the clerks’ pool, issued to the page’s client', () => {
    const routes = getRoutes(template);
    const data = routes.get('GET /dashboard/data');
    expect(data).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: expect.any(String) } });
    const authorizerId = String((data?.AuthorizerId as { Ref?: string } | undefined)?.Ref);
    const authorizer = template.toJSON().Resources[authorizerId] as Resource;
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: clientId }],
        Issuer: {
          'Fn::Join': [
            '',
            ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', { Ref: poolId }],
          ],
        },
      },
    });
  });

  it('leaves open only the page and its style and script, which hold no data; all from the dashboard function', () => {
    const routes = getRoutes(template);
    const fnArn = {
      'Fn::GetAtt': [stack.getLogicalId(dashboardFunction(stack).fn.node.defaultChild as never), 'Arn'],
    };
    const dashboard = [...routes].filter(([key]) => /^GET \/dashboard/.test(key));
    const open = dashboard.filter(([, route]) => route.AuthorizationType === 'NONE').map(([key]) => key);
    expect(open.sort()).toEqual(['GET /dashboard', 'GET /dashboard.css', 'GET /dashboard.js']);
    expect(open).toEqual(DASHBOARD_ROUTES.open.map((path) => `GET ${path}`).sort());
    for (const [key, route] of dashboard) expect([key, targetOf(template, route)]).toEqual([key, fnArn]);
    // Every other GET the API serves needs the sign-in.
    const signedIn = [...routes].filter(([key]) => !open.includes(key));
    expect(signedIn.map(([key]) => key)).toEqual(['GET /dashboard/data']);
    for (const [, route] of signedIn) expect(route.AuthorizationType).toBe('JWT');
  });

  it('lets the function only query the reports’ index: no writes, no table management, no key, no secret', () => {
    const roleId = stack.getLogicalId(dashboardFunction(stack).role.node.defaultChild as CfnRole);
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
    });
    const statements = Object.values(policies).flatMap(
      (p) => (p.Properties as { PolicyDocument: { Statement: Json[] } }).PolicyDocument.Statement,
    );
    const actions = statements.flatMap((s) => [s.Action].flat() as string[]);
    expect(actions.filter((a) => a.startsWith('dynamodb:'))).toEqual(['dynamodb:Query']);
    for (const forbidden of [
      /^dynamodb:(Put|Update|Delete|BatchWrite|TransactWrite|PartiQL|Scan|\*)/,
      /^kms:/,
      /^secretsmanager:/,
      /^sqs:/,
      /^cognito-idp:/,
    ]) {
      expect(
        actions.filter((a) => forbidden.test(a)),
        String(forbidden),
      ).toEqual([]);
    }
    const tableId = stack.getLogicalId(stack.table.table.node.defaultChild as never);
    const query = statements.find((s) => s.Action === 'dynamodb:Query');
    expect(query?.Resource).toEqual({
      'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, '/index/byDay']],
    });
  });

  it('gives the function the table and the sign-in settings, and no secret', () => {
    const fnId = stack.getLogicalId(dashboardFunction(stack).fn.node.defaultChild as never);
    const env = (template.toJSON().Resources[fnId] as Resource).Properties.Environment as {
      Variables: Json;
    };
    expect(Object.keys(env.Variables).sort()).toEqual(
      [
        'DASHBOARD_URL',
        'LOG_LEVEL',
        'NODE_OPTIONS',
        'POWERTOOLS_SERVICE_NAME',
        'SIGN_IN_CLIENT_ID',
        'SIGN_IN_URL',
        'TABLE_NAME',
      ].sort(),
    );
    expect(env.Variables.SIGN_IN_CLIENT_ID).toEqual({ Ref: clientId });
    expect(JSON.stringify(env.Variables.DASHBOARD_URL)).toMatch(/"\/dashboard"\]\]\}$/);
  });

  it('keeps the clerks to those an admin adds, with strong passwords, an authenticator app and threat protection', () => {
    const [, pool] = only(template, 'AWS::Cognito::UserPool');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
    // The invitation tells the clerk where to sign in, with the temporary password Cognito fills in.
    const invitation = JSON.stringify(pool.Properties.AdminCreateUserConfig);
    expect(invitation).toContain('{####}');
    expect(invitation).toContain('/dashboard<br>');
  });

  it('signs the page in by authorization code with PKCE: a public client, no implicit flow, back to the page only', () => {
    const [, client] = only(template, 'AWS::Cognito::UserPoolClient');
    expect(client.Properties).toMatchObject({
      UserPoolId: { Ref: poolId },
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
    });
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const pageUrl = outputs.DashboardSignInUrl?.Value;
    expect(client.Properties.CallbackURLs).toEqual([pageUrl]);
    expect(client.Properties.LogoutURLs).toEqual([pageUrl]);
    expect(JSON.stringify(client.Properties)).not.toMatch(/implicit|client_credentials/);
  });

  it('names the sign-in domain after the stage, made unique by the stack', () => {
    const [, domain] = only(template, 'AWS::Cognito::UserPoolDomain');
    expect(domain.Properties.UserPoolId).toEqual({ Ref: poolId });
    const prefix = domain.Properties.Domain as { 'Fn::Join': [string, unknown[]] };
    expect(prefix['Fn::Join'][0]).toBe('-');
    expect(prefix['Fn::Join'][1][0]).toBe('covid-line-dev');
    expect(JSON.stringify(prefix['Fn::Join'][1][1])).toContain('AWS::StackId');
    const [, prod] = only(synthLine({ stage: 'prod' }).template, 'AWS::Cognito::UserPoolDomain');
    expect((prod.Properties.Domain as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1][0]).toBe(
      'covid-line-prod',
    );
  });

  it('keeps the accounts of a lasting stage when the stack goes, as the table; lets dev’s go', () => {
    for (const stage of ['prod', 'staging']) {
      const [, pool] = only(synthLine({ stage }).template, 'AWS::Cognito::UserPool');
      expect([stage, pool.DeletionPolicy, pool.Properties.DeletionProtection]).toEqual([
        stage,
        'Retain',
        'ACTIVE',
      ]);
    }
    for (const line of [synthLine(), synthLine({ stage: 'dev-amir' })]) {
      const [, dev] = only(line.template, 'AWS::Cognito::UserPool');
      expect([line.stack.stackName, dev.DeletionPolicy, dev.Properties.DeletionProtection]).toEqual([
        line.stack.stackName,
        'Delete',
        'INACTIVE',
      ]);
    }
  });

  it('outputs the page URL and the user pool id, and no client secret', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const api = Object.keys(template.findResources('AWS::ApiGatewayV2::Api'))[0];
    const page = outputs.DashboardSignInUrl?.Value as { 'Fn::Join': [string, unknown[]] };
    expect(page['Fn::Join'][1]).toContainEqual({ Ref: api });
    expect(page['Fn::Join'][1].at(-1)).toBe('/dashboard');
    expect(outputs.DashboardUserPoolId?.Value).toEqual({ Ref: poolId });
    expect(JSON.stringify(outputs)).not.toMatch(/ClientSecret|UserPoolClient.*Secret/);
  });
});
