import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { DASHBOARD_PATHS } from '../../shared/dashboard/page.js';
import type { DashboardRoutes, LineApi } from './line-api.js';
import type { BindableTable, LineFunction } from './line-function.js';

export interface HealthOfficeDashboardProps {
  /** Names the sign-in domain (`covid-line-<stage>-...`). */
  readonly stage: string;
  readonly api: LineApi;
  /** The dashboard function: its page, files and data. */
  readonly fn: LineFunction;
  readonly routes: DashboardRoutes;
  /** The line's table; the dashboard reads reports through its by-day index only. */
  readonly table: BindableTable;
  /**
   * Keep the clerks' accounts when the stack goes (deletion protection and a retain policy), as the
   * table is kept; a disposable stage lets them go with it.
   */
  readonly keepAccounts: boolean;
}

/**
 * The health office's dashboard on AWS: the clerks' user pool (accounts created by an admin only,
 * strong passwords, an authenticator app required), its hosted sign-in, the page's public app client
 * (authorization code with PKCE), and the dashboard's routes on the API with its data behind a JWT
 * authorizer. The function reads reports and nothing else.
 */
export class HealthOfficeDashboard extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly client: UserPoolClient;
  /** The page's URL: where clerks go, and where the sign-in comes back. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: HealthOfficeDashboardProps) {
    super(scope, id);
    // The stage URL ends with a slash.
    this.url = `${props.api.stage.url}${DASHBOARD_PATHS.page.slice(1)}`;

    // The clerks who may see the follow-up list, with callers' phone numbers: nobody signs up, an admin
    // adds each one (`npm run clerk -- add`), Cognito e-mails a temporary password.
    this.userPool = new UserPool(this, 'Clerks', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      // An authenticator app (TOTP) on every account, set up at the first sign-in; SMS codes would need
      // an SMS role and cost per message, and can be intercepted.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      // A lost password is reset by e-mail; the authenticator app is still needed to sign in.
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Threat protection blocks sign-ins with leaked passwords or from suspicious places: a few clerks
      // at the Plus plan's per-user price (docs/deploy.md, "What it costs").
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Dashboard laporan gejala COVID-19 / COVID-19 symptom reports dashboard',
        emailBody: [
          'Anda ditambahkan sebagai petugas dashboard laporan gejala COVID-19 Jawa Timur.',
          'You have been added as a clerk of the East Java COVID-19 symptom reports dashboard.',
          '',
          `Masuk / sign in: ${this.url}`,
          'Email: {username}',
          'Kata sandi sementara / temporary password: {####}',
          '',
          'Anda akan diminta membuat kata sandi baru dan memasang aplikasi autentikator.',
          'You will be asked for a new password and to set up an authenticator app.',
        ].join('<br>'),
      },
      deletionProtection: props.keepAccounts,
      removalPolicy: props.keepAccounts ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // The hosted sign-in: Cognito's own pages, so no password ever reaches our code. Prefixes are
    // unique per region across AWS: the stage, then the end of this stack's id.
    const stackUuid = Fn.select(2, Fn.split('/', Stack.of(this).stackId));
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: {
        domainPrefix: Fn.join('-', ['covid-line', props.stage, Fn.select(4, Fn.split('-', stackUuid))]),
      },
    });

    // The page's client: public (a browser cannot keep a secret), authorization code with PKCE only,
    // back to the page alone. Tokens last an hour; the page keeps no refresh token and signs in again.
    this.client = this.userPool.addClient('Page', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [this.url],
        logoutUrls: [this.url],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(1),
      enableTokenRevocation: true,
    });

    // The data route needs a token this pool issued to this client (issuer and audience).
    const authorizer = new HttpUserPoolAuthorizer('ClerkSignIn', this.userPool, {
      userPoolClients: [this.client],
    });
    props.api.addDashboardRoutes(props.fn.fn, props.routes, authorizer);

    // Read-only: a query of the reports' by-day index, the one read the dashboard makes. No item
    // reads beyond it, no writes, no table management. The table is under DynamoDB's AWS managed key, which needs no KMS grant.
    props.fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['dynamodb:Query'], resources: [...props.table.indexArns] }),
    );
    props.fn.fn.addEnvironment('TABLE_NAME', props.table.table.tableName);
    props.fn.fn.addEnvironment('SIGN_IN_URL', this.domain.baseUrl());
    props.fn.fn.addEnvironment('SIGN_IN_CLIENT_ID', this.client.userPoolClientId);
    props.fn.fn.addEnvironment('DASHBOARD_URL', this.url);
  }
}
