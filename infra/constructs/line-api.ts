import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnRoute,
  type CfnStage,
  HttpApi,
  HttpMethod,
  type HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface LineApiProps {
  readonly description: string;
  readonly logRetention: RetentionDays;
  /**
   * Steady requests per second and burst of each route (API Gateway applies the stage's default route
   * throttle to every route on its own); a route added with its own throttle overrides it.
   */
  readonly throttle: Required<ThrottleSettings>;
}

/** A route's throttle as the stage's `RouteSettings` map holds it, keyed by route key. */
interface RouteThrottle {
  readonly ThrottlingRateLimit: number;
  readonly ThrottlingBurstLimit: number;
}

/** The dashboard's routes: open ones (the page and its files) and ones behind the clerks' sign-in. */
export interface DashboardRoutes {
  readonly open: readonly string[];
  readonly signedIn: readonly string[];
}

/**
 * The HTTP API Africa's Talking posts its callbacks to: one `$default` stage with throttling and
 * access logs, one POST route per callback, each integrated with its Lambda function. It also serves
 * the health office's dashboard (`GET` routes), its data behind a JWT authorizer.
 */
export class LineApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  private readonly routeThrottles: Record<string, RouteThrottle> = {};

  constructor(scope: Construct, id: string, props: LineApiProps) {
    super(scope, id);

    // HTTP API rather than REST: a third of the price per request and the gateway needs no REST features.
    this.api = new HttpApi(this, 'Api', {
      description: props.description,
      // The stage is declared below, where throttling and access logs are properties of the L2.
      createDefaultStage: false,
    });

    // Access logs, to tell a gateway that never reached us from a function that failed.
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // `$default` so the callback URLs carry no stage segment; throttled so a retry storm or a scan of
    // the endpoint cannot run up the Lambda bill or starve real sessions.
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        // `$context.path` excludes the query string, so the callback token never reaches the logs.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            route: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationLatencyMs: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });
  }

  /**
   * `POST <path>` handled by `fn`; payload format 2.0 (base64 form bodies), as the handlers expect.
   * `throttle` replaces the stage's default route throttle for this route.
   */
  addCallbackRoute(id: string, path: string, fn: IFunction, throttle?: Required<ThrottleSettings>): void {
    const [route] = this.api.addRoutes({
      path,
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration(`${id}Integration`, fn),
    });
    if (!route) return;
    if (throttle) {
      // The L2 stage has no per-route throttle: set the CloudFormation map. The stage must be created
      // after the route, or CloudFormation cannot find the route key.
      const stage = this.stage.node.defaultChild as CfnStage;
      this.routeThrottles[`POST ${path}`] = {
        ThrottlingRateLimit: throttle.rateLimit,
        ThrottlingBurstLimit: throttle.burstLimit,
      };
      stage.routeSettings = this.routeThrottles;
      stage.addResourceDependency(route.node.defaultChild as CfnRoute);
    }
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        "Africa's Talking cannot sign requests or send credentials in headers; each callback URL carries a secret token in its query string, and the function checks it against CALLBACK_TOKEN_SECRET_ARN.",
    });
  }

  /**
   * `GET <path>` for each dashboard route, all handled by `fn`: the open ones to anyone, the signed-in
   * ones only with a token `authorizer` accepts (API Gateway answers 401 before the function runs).
   */
  addDashboardRoutes(fn: IFunction, routes: DashboardRoutes, authorizer: IHttpRouteAuthorizer): void {
    const integration = new HttpLambdaIntegration('DashboardIntegration', fn);
    for (const path of routes.open) {
      for (const route of this.api.addRoutes({ path, methods: [HttpMethod.GET], integration })) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            "The dashboard's page and its style and script hold no data: they are what sends a clerk to sign in. Only the data route, behind the user pool's JWT authorizer, returns reports.",
        });
      }
    }
    for (const path of routes.signedIn) {
      this.api.addRoutes({ path, methods: [HttpMethod.GET], integration, authorizer });
    }
  }
}
