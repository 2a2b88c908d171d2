import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.js';
import type { BindableTable } from './line-function.js';

/**
 * The line's single table, shaped by `TABLE_DESIGN` (the local host creates the same one). It holds
 * subscribers, symptom reports the health office needs, drafts and idempotency claims: it is
 * protected from deletion and kept when the stack goes.
 */
export class LineTable extends Construct implements BindableTable {
  readonly table: Table;
  readonly indexArns: readonly string[];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const byDay = TABLE_DESIGN.reportsByDay;

    // On-demand: traffic is a few thousand sessions a day with spikes, far below provisioned break-even.
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: TABLE_DESIGN.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: TableEncryption.AWS_MANAGED,
    });

    // Reports by WIB day, then kab/kota: the export reads one day without scanning the table.
    this.table.addGlobalSecondaryIndex({
      indexName: byDay.indexName,
      partitionKey: { name: byDay.partitionKey, type: AttributeType.STRING },
      sortKey: { name: byDay.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });

    this.indexArns = [`${this.table.tableArn}/index/${byDay.indexName}`];
  }
}
