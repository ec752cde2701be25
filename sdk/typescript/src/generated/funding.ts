// Generated from docs/api/funding.openapi.json by scripts/generate.mjs: do not edit.
export interface paths {
    "/api/funding/audit-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail (DISTRICT_OFFICE, CITY_OFFICE)
         * @description Newest first. A district office sees what callers of its district did; the city office sees all.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE
         */
        get: operations["fundingAuditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List this service's dead letters (CITY_OFFICE)
         * @description Oldest first, at most 500, with the original topic, partition, offset and the failure.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE
         */
        get: operations["fundingDeadLetterList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a dead letter onto its original topic (CITY_OFFICE)
         * @description After the consumer was fixed, or with a corrected value. Consumers apply events idempotently, so a replay of something already applied changes nothing.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE
         */
        post: operations["fundingDeadLetterReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/dictionaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List this service's dictionaries
         * @description Every enumeration this service shows to people, each entry with its code, Chinese label, English label and display order.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read, funding.ledger.write
         */
        get: operations["fundingDictionaryAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/dictionaries/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One dictionary by name
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read, funding.ledger.write
         */
        get: operations["fundingDictionaryOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the change feed (变更流) (INTEGRATION, CITY_OFFICE)
         * @description The events this service offers other systems, oldest first, in the caller's places (a district-bound client: its district), in order per subject. Without a cursor: from the oldest event kept. Keep the cursor of each page and send it to continue: every event comes once, none is skipped, however long you wait between pages — within the retention (30 days). An older cursor is 410 CURSOR_EXPIRED: resynchronise from the lists and start again from GET …/feed/head.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingFeedRead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/feed/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event types this service offers other systems (INTEGRATION, CITY_OFFICE)
         * @description Only events free of personal data leave the suite; docs/events.md describes each.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingFeedEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/feed/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cursor after every event so far (INTEGRATION, CITY_OFFICE)
         * @description Where a client that has just read the lists (resynchronised) starts following the feed.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingFeedHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funding plans you may see, in pages
         * @description Opened from plan.PlanApproved. Each row is the plan's headline figures; its statement with sources, units and the ledger is GET …/{id}. Sort by communityName, totalCost or districtCode.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's statement (资金台账)
         * @description Per source: planned, pledged, received, refunded, outstanding, due date, late; cash; units with paid and earned; every account's balance and the trial balance (Σ debits = Σ credits) — as of a date if given. Everyone who may see the project.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a unit under contract (拨付)
         * @description Dr WORKS / Cr CASH; never more than the cash (INSUFFICIENT_FUNDS), the contract (EXCEEDS_CONTRACT) or what the works have earned — contract × reported progress, all of it after acceptance (EXCEEDS_EARNED). Announces funding.FundsDisbursed.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.ledger.write
         */
        post: operations["fundingDisburse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a pledge (认缴)
         * @description Dr RECEIVABLE / Cr COMMITTED. Announces funding.FundsPledged.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        post: operations["fundingPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record money received (到账)
         * @description Dr CASH / Cr RECEIVABLE; not more than is pledged and outstanding (422 RECEIPT_EXCEEDS_PLEDGE). Announces funding.FundsReceived.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.ledger.write
         */
        post: operations["fundingReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund money to a payer (退款)
         * @description Dr COMMITTED / Cr CASH; not more than received from the payer nor than the cash — and not what households paid as their shares of the source: that is refunded to the household (…/shares/{setId}/refunds/{householdId}). Announces funding.FundsRefunded.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        post: operations["fundingRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct an entry by reversing it (冲销)
         * @description Entries are never edited: a reversing entry swaps the original's lines. Once per entry. Announces funding.LedgerEntryReversed.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        post: operations["fundingReverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All share splits with payment status
         * @description Offices only; a resident reads …/shares/mine.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 财政部门 FINANCE, 街道/社区 STREET
         */
        get: operations["fundingAllShares"];
        put?: never;
        /**
         * Split a source among households (居民出资分摊)
         * @description By exclusive area (AREA), equally (EQUAL), or for an elevator by floor coefficient × area among one entrance (ELEVATOR; the district's coefficient table, default floors 1–2 pay nothing). Whole fen summing exactly to the amount (largest remainder; ties: larger weight, then household id). Households come from survey's rolls; each share carries its basis (floor, exclusive area, coefficient, weight). Try it first with …/shares/preview.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        post: operations["fundingShares"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a household's payment of its share (缴款)
         * @description A receipt from the split's source; not more than the household still owes.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        post: operations["fundingPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a household part of its share payments (分摊退款)
         * @description Dr COMMITTED / Cr CASH on the split's source; not more than the household has paid nor than the cash (422 REFUND_EXCEEDS_PAID). The household's paid goes down and it owes that much again; reversing the refund puts it back. Announces funding.FundsRefunded.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        post: operations["fundingRefundShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/shares/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My household's shares (本户分摊)
         * @description A resident sees only their own household.
         *
         *     Roles (角色): 居民 RESIDENT
         */
        get: operations["fundingMyShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/shares/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a split without keeping it (分摊试算)
         * @description The same split as POST …/shares — same households, same exact fen — with each share's basis (floor, exclusive area, coefficient, weight), nothing stored: try methods and amounts, then keep the one you want.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        post: operations["fundingPreviewShares"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/sources/{source}/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a source's due date
         * @description District office or finance. Receipts short of the plan after it are flagged and announced (funding.FundingGapDetected).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 财政部门 FINANCE
         */
        put: operations["fundingDue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/funding-plans/{id}/statement.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statement as .xlsx (资金台账导出)
         * @description Sheet 1: sources; sheet 2: the ledger entries with their lines; amounts in fen.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET
         */
        get: operations["fundingReportsStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Programme totals per channel and year (资金汇总)
         * @description Pledged, received and refunded by value-date year, over the funding plans you may see; reversals net out.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET
         */
        get: operations["fundingReportsTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions (INTEGRATION: its own; CITY_OFFICE: all)
         * @description Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingWebhookList"];
        put?: never;
        /**
         * Subscribe (订阅) (INTEGRATION, CITY_OFFICE)
         * @description Events of the chosen types and place are POSTed to the URL as CloudEvents (application/cloudevents+json), signed with the returned secret as the Standard Webhooks specification describes (webhook-id, webhook-timestamp, webhook-signature), one at a time in order, at least once: a receiver recognises a repeat by its webhook-id. Failed deliveries are retried, waiting from 5 s doubling to 1 h, for 72 hours; then the subscription pauses with the reason. The place must be one the caller may read. A retry with the same Idempotency-Key returns the first subscription.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        post: operations["fundingWebhookCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/webhooks/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a subscription: its status, why it paused, its failures
         * @description Another client's subscription is not found (404).
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingWebhookGet"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe: deliveries stop at once
         * @description Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        delete: operations["fundingWebhookDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log (投递记录): every attempt, newest first, kept 30 days
         * @description Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        get: operations["fundingWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/webhooks/subscriptions/{subscriptionId}/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a time range again
         * @description The subscription's events the feed stored in [from, to) are delivered again, before new ones, with their original webhook-id (and the header X-Renewal-Replay: true). Within the retention (30 days).
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        post: operations["fundingWebhookReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused subscription
         * @description Deliveries continue where they stopped: nothing stored while it was paused is skipped (within the retention).
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        post: operations["fundingWebhookResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns a new secret. For 24 hours every delivery carries two signatures (the new secret's and the previous one's), so the receiver can switch without losing one; then only the new secret signs.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): funding.read
         */
        post: operations["fundingWebhookRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A state-changing request in the audit trail (审计记录) */
        AuditRecord: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example 5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77 */
            correlationId: string | null;
            /**
             * @description District of the caller, if bound to one
             * @example 220302
             */
            districtCode: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /** @example POST */
            method: string | null;
            /** @example /api/survey/communities */
            path: string | null;
            /**
             * @description Id of the resource created or changed, when known
             * @example 6750a1c2e4b0a1b2c3d4e5f6
             */
            resourceId: string | null;
            /**
             * @example [
             *       "DISTRICT_OFFICE"
             *     ]
             */
            roles: (string | null)[] | null;
            /**
             * Format: int32
             * @example 201
             */
            status: number;
            /** @example district-tiexi */
            subject: string | null;
        };
        Basis: {
            /** @example 1.5 */
            coefficient: number | null;
            /** @example 1.5 */
            exclusiveArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            floor: number | null;
            /** @example 1.5 */
            weight: number | null;
        };
        /** @description Programme totals of one channel in one year (fen) */
        ChannelTotals: {
            /** @example GOVERNMENT_DISTRICT */
            channel: string | null;
            /**
             * Format: int64
             * @example 80000000
             */
            pledged: number;
            /**
             * Format: int64
             * @example 50000000
             */
            received: number;
            /**
             * Format: int64
             * @example 1000000
             */
            refunded: number;
            /**
             * Format: int32
             * @example 2027
             */
            year: number;
        };
        /** @description A CloudEvents 1.0 event (JSON format). Webhooks send exactly this as their body (application/cloudevents+json); the change feed lists them. */
        CloudEvent: {
            /**
             * Format: int64
             * @description Extension: the subject's version after this event, rising by one per event of the subject: apply only a version above the one you hold
             * @example 3
             */
            aggregateversion: number;
            /**
             * @description Extension: the request or flow that caused it (X-Correlation-Id)
             * @example 5f0c2b9e-8d7a-4c3b-a1e2-9f8d7c6b5a40
             */
            correlationid: string | null;
            /**
             * @description The contract payload (docs/events.md; free of personal data)
             * @example {
             *       "communityId": "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01",
             *       "districtCode": "220302",
             *       "planId": "5d1c9e2a-4b3f-4a6e-8c7d-0e9f1a2b3c4d",
             *       "streetCode": "220302001"
             *     }
             */
            data: Record<string, never>;
            /** @example application/json */
            datacontenttype: string;
            /**
             * Format: int32
             * @description Extension: the contract version of data
             * @example 1
             */
            dataversion: number;
            /**
             * @description Extension: 6-digit code of the district (区县) the event belongs to; absent for city-wide facts
             * @example 220302
             */
            district: string | null;
            /**
             * @description The event's id, unique per event; also the webhook-id of its deliveries
             * @example 0b4e7a52-1f0c-4d8e-9b41-2a7c3e5d6f10
             */
            id: string;
            /**
             * @description The service that published it
             * @example urn:renewal:survey-service
             */
            source: string;
            /**
             * @description CloudEvents version
             * @example 1.0
             */
            specversion: string;
            /**
             * @description Extension: 9-digit code of the street (街道); absent for district-wide facts
             * @example 220302001
             */
            street: string | null;
            /**
             * @description The aggregate it is about (a community, plan, project…): events of one subject arrive in order
             * @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01
             */
            subject: string;
            /**
             * @description When it happened (UTC)
             * @example 2027-03-15T08:30:00Z
             */
            time: string;
            /**
             * @description The event type (docs/events.md)
             * @example survey.CommunityRegistered
             */
            type: string;
        };
        /** @description A record this service could not apply */
        DeadLetter: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            deadAt: string | null;
            /**
             * @description Why it failed (exception class and message)
             * @example 楼道照明不足 Stairwell lighting is poor
             */
            failure: string | null;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            key: string | null;
            /**
             * Format: int64
             * @example 1
             */
            offset: number;
            /**
             * Format: int64
             * @example 1
             */
            originalOffset: number | null;
            /**
             * Format: int32
             * @example 1
             */
            originalPartition: number | null;
            /** @example renewal.survey.community */
            originalTopic: string | null;
            /**
             * Format: int32
             * @example 1
             */
            partition: number;
            /** @example renewal.survey.community.DLT */
            topic: string | null;
            /** @example {"type":"plan.PlanApproved","version":1} */
            value: string | null;
        };
        /** @description Which dead letter to replay, optionally with a corrected value */
        DeadLetterReplay: {
            /**
             * Format: int64
             * @example 0
             */
            offset: number;
            /**
             * Format: int32
             * @example 0
             */
            partition: number;
            /** @example renewal.plan.plans.DLT */
            topic: string;
            /**
             * @description A corrected record value (the event JSON); without it the record is replayed as it was
             * @example {"type":"plan.PlanApproved","version":1}
             */
            value?: string | null;
        };
        /** @description One delivery attempt (投递记录) */
        DeliveryView: {
            /**
             * Format: date-time
             * @example 2027-03-15T08:30:00Z
             */
            at: string;
            /**
             * Format: int32
             * @description The attempt's number for this event
             * @example 1
             */
            attempt: number;
            /**
             * Format: int64
             * @example 12
             */
            durationMs: number;
            /**
             * @description Why no answer came
             * @example ConnectException
             */
            error: string | null;
            /**
             * @description The event's id (its webhook-id)
             * @example 0b4e7a52-1f0c-4d8e-9b41-2a7c3e5d6f10
             */
            eventId: string;
            /**
             * @example DELIVERED
             * @enum {string}
             */
            outcome: "DELIVERED" | "FAILED";
            /**
             * @description Whether it was part of a replay
             * @example false
             */
            replay: boolean;
            /**
             * Format: int32
             * @description The receiver's HTTP status; absent when no answer came
             * @example 204
             */
            status: number | null;
            /** @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01 */
            subject: string;
            /** @example survey.CommunityRegistered */
            type: string;
        };
        /** @description A dictionary of labelled codes (字典) */
        Dictionary: {
            /** @example 楼道照明不足 Stairwell lighting is poor */
            description: string | null;
            entries: components["schemas"]["Entry"][] | null;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
        };
        /** @description A payment to a unit under contract */
        Disbursement: {
            /**
             * Format: int64
             * @description Amount in fen
             * @example 3000000
             */
            amount: number;
            /**
             * Format: date
             * @example 2027-05-20
             */
            date: string;
            /** @example 进度款第一期 */
            memo?: string | null;
            /**
             * @description The unit: ROLE:credit code
             * @example CONTRACTOR:91220302MA0000000Q
             */
            unit: string;
        };
        DueDate: {
            /**
             * Format: date
             * @example 2027-04-01
             */
            dueDate: string;
        };
        Entry: {
            /**
             * Format: int64
             * @example 1
             */
            amount: number;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            date: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            fingerprint: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            idempotencyKey: string | null;
            /**
             * @example PLEDGE
             * @enum {string|null}
             */
            kind: "PLEDGE" | "RECEIPT" | "DISBURSEMENT" | "REFUND" | "REVERSAL" | null;
            lines: components["schemas"]["Line"][] | null;
            /** @example 单元门禁已更换，验收合格 Entrance door control replaced, accepted */
            memo: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            reverses: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            sourceKey: string | null;
            /** @example CONTRACTOR:91220302MA0000000Q */
            unit: string | null;
        };
        /** @description An event type this service offers to other systems */
        EventTypeView: {
            /** @example renewal.survey.community */
            topic: string;
            /** @example survey.CommunityRegistered */
            type: string;
        };
        /** @description The cursor after every event stored so far (start here after resynchronising from the lists) */
        FeedHead: {
            /** @example eyJ2IjoxLCJ0IjoxNzk2NjQ0ODAwLCJwIjp7fX0 */
            cursor: string;
        };
        /** @description A page of the change feed (变更流): events oldest first, and the cursor to continue from */
        FeedPage: {
            /**
             * @description Opaque; send it as ?cursor= to get the events after this page. Valid for the feed's retention after it was handed out
             * @example eyJ2IjoxLCJ0IjoxNzk2NjQ0ODAwLCJwIjp7fX0
             */
            cursor: string;
            events: components["schemas"]["CloudEvent"][];
            /**
             * @description Whether more events are already waiting after this page
             * @example false
             */
            more: boolean;
            /**
             * @description How long the feed keeps events (ISO 8601 duration)
             * @example P30D
             */
            retention: string;
        };
        FundedUnit: {
            /**
             * Format: int64
             * @example 1
             */
            contractAmount: number;
            /**
             * Format: int64
             * @description What the works have earned: contract × progress, all after acceptance
             * @example 1
             */
            earned: number;
            /** @example CONTRACTOR:91220302MA0000000Q */
            key: string | null;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /**
             * Format: int64
             * @example 1
             */
            paid: number;
            /** @example CONTRACTOR */
            role: string | null;
        };
        /** @description A funding plan's headline figures (资金筹措概况), amounts in fen */
        FundingPlanSummary: {
            /**
             * Format: int64
             * @description Funds available
             * @example 6000000
             */
            cash: number;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /** @example 北山小区 */
            communityName: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /** @example 9833a13c-cc8a-36af-a13d-16dec1b77172 */
            id: string | null;
            /**
             * Format: int64
             * @description Σ pledged
             * @example 11180000
             */
            pledged: number;
            /**
             * Format: int64
             * @description Cost not covered by pledges
             * @example 0
             */
            pledgeGap: number;
            /** @example 9833a13c-cc8a-36af-a13d-16dec1b77172 */
            projectId: string | null;
            /**
             * Format: int64
             * @description Σ received net of refunds
             * @example 9000000
             */
            received: number;
            /** @example GOOD */
            rewardGrade: string | null;
            /**
             * Format: int64
             * @example 11180000
             */
            totalCost: number;
        };
        FundingSource: {
            /** @example GOVERNMENT_DISTRICT */
            channel: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            dueDate: string | null;
            /** @example GOVERNMENT_DISTRICT:区级财政 */
            key: string | null;
            /**
             * @description Due date passed with receipts short of the plan
             * @example true
             */
            late: boolean;
            /**
             * Format: int64
             * @example 1
             */
            outstanding: number;
            /** @example 沈阳幸福物业有限公司 */
            payer: string | null;
            /**
             * Format: int64
             * @example 1
             */
            planned: number;
            /**
             * Format: int64
             * @example 1
             */
            pledged: number;
            /**
             * Format: int64
             * @example 1
             */
            received: number;
            /**
             * Format: int64
             * @example 1
             */
            refunded: number;
            /** @example 沈阳幸福物业有限公司 */
            utility: string | null;
        };
        /** @description A project's funding plan and ledger statement (资金筹措); amounts in fen */
        FundingStatement: {
            /** @example false */
            accepted: boolean;
            /**
             * Format: date
             * @description As of this date (entries with a later value date are left out)
             * @example 2027-06-30
             */
            asOf: string | null;
            balances: {
                [key: string]: number | null;
            } | null;
            /**
             * Format: int64
             * @description Funds available
             * @example 6000000
             */
            cash: number;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /** @example 北山小区 */
            communityName: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /** @description The ledger's entries; empty for residents and owners' committees, who see the public figures above (资金公示) but not the entries (they name households and office staff) */
            entries: components["schemas"]["Entry"][] | null;
            /**
             * @description The funding plan's id: the id of the plan it was opened from and of its project
             * @example 9833a13c-cc8a-36af-a13d-16dec1b77172
             */
            id: string | null;
            /**
             * Format: int64
             * @description Σ pledged
             * @example 11180000
             */
            pledged: number;
            /**
             * Format: int64
             * @description Cost not covered by pledges
             * @example 0
             */
            pledgeGap: number;
            /**
             * @description Reported progress used to cap disbursements
             * @example 60
             */
            progressPercent: number | null;
            /** @example 9833a13c-cc8a-36af-a13d-16dec1b77172 */
            projectId: string | null;
            /**
             * Format: int64
             * @description Σ received net of refunds
             * @example 9000000
             */
            received: number;
            /** @example GOOD */
            rewardGrade: string | null;
            sources: components["schemas"]["FundingSource"][] | null;
            /**
             * Format: int64
             * @example 11180000
             */
            totalCost: number;
            trialBalance: components["schemas"]["TrialBalance"] | null;
            units: components["schemas"]["FundedUnit"][] | null;
        };
        HouseholdShare: {
            /**
             * Format: int64
             * @example 1
             */
            amount: number;
            basis: components["schemas"]["Basis"] | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            householdId: string | null;
            /**
             * Format: int64
             * @example 1
             */
            paid: number;
            /**
             * @example [
             *       "6750a1c2e4b0a1b2c3d4e5f6"
             *     ]
             */
            payments: (string | null)[] | null;
            /**
             * @example [
             *       "6750a1c2e4b0a1b2c3d4e5f6"
             *     ]
             */
            refunds: (string | null)[] | null;
        };
        Line: {
            /** @example RECEIVABLE:GOVERNMENT_DISTRICT:区级财政 */
            account: string | null;
            /**
             * Format: int64
             * @example 1
             */
            credit: number;
            /**
             * Format: int64
             * @example 1
             */
            debit: number;
        };
        /** @description A pledge, receipt or refund from/to a planned source */
        MoneyMovement: {
            /**
             * Format: int64
             * @description Amount in fen, a whole positive number
             * @example 5000000
             */
            amount: number;
            /**
             * Format: date
             * @description Value date
             * @example 2027-03-15
             */
            date: string;
            /** @example 区财政第一批资金 */
            memo?: string | null;
            /**
             * @description The source key, CHANNEL:payer, as listed in the plan's sources
             * @example GOVERNMENT_DISTRICT:区级财政
             */
            source: string;
        };
        MyShare: {
            /**
             * Format: int64
             * @description Fen
             * @example 12832
             */
            amount: number;
            /** @example 1-1-101 */
            householdId: string | null;
            /** @example AREA */
            method: string | null;
            /**
             * Format: int64
             * @description Paid so far, fen
             * @example 0
             */
            paid: number;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            setId: string | null;
            /** @example RESIDENTS:居民出资 */
            source: string | null;
        };
        PagedModelAuditRecord: {
            content: components["schemas"]["AuditRecord"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelDeliveryView: {
            content: components["schemas"]["DeliveryView"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelFundingPlanSummary: {
            content: components["schemas"]["FundingPlanSummary"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelSubscriptionView: {
            content: components["schemas"]["SubscriptionView"][];
            page: components["schemas"]["PageMetadata"];
        };
        PageMetadata: {
            /**
             * Format: int64
             * @example 1
             */
            number: number;
            /**
             * Format: int64
             * @example 1
             */
            size: number;
            /**
             * Format: int64
             * @example 1
             */
            totalElements: number;
            /**
             * Format: int64
             * @example 1
             */
            totalPages: number;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        Problem: {
            /**
             * @description stable business code for front-end interceptors
             * @example VALIDATION_FAILED
             */
            code?: string;
            /** @example 5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77 */
            correlationId?: string;
            /** @example 有 1 个字段不符合要求，详见 errors。 */
            detail?: string;
            /**
             * @example [
             *       {
             *         "field": "buildings[0].households",
             *         "message": "必须大于0"
             *       }
             *     ]
             */
            errors?: {
                /** @example buildings[0].households */
                field?: string;
                /** @example 必须大于0 */
                message?: string;
            }[];
            /** @example /api/survey/communities */
            instance?: string;
            /**
             * Format: int32
             * @example 400
             */
            status?: number;
            /** @example 请求数据不合法 */
            title?: string;
            /** @example urn:renewal:problem:validation-failed */
            type?: string;
        };
        /** @description Deliver again the events the feed stored in [from, to) (receivers see the same webhook-id) */
        ReplayRequest: {
            /**
             * Format: date-time
             * @example 2027-03-14T00:00:00Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2027-03-15T00:00:00Z
             */
            to: string;
        };
        /** @description A replay under way: events the feed stored in [from, to), delivered again */
        ReplayView: {
            /**
             * Format: date-time
             * @example 2027-03-14T00:00:00Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2027-03-15T09:00:00Z
             */
            requestedAt: string;
            /**
             * Format: date-time
             * @example 2027-03-15T00:00:00Z
             */
            to: string;
        };
        /** @description A correction: reverses a ledger entry (never edits it) */
        Reversal: {
            /**
             * Format: date
             * @example 2027-03-16
             */
            date: string;
            /** @example 2a9c0b7e-2d1f-3c4b-9a8e-7f6d5c4b3a21 */
            entryId: string;
            /** @example 误录金额，冲销 */
            memo: string;
        };
        /** @description A new signing secret; the previous one keeps signing (beside it) until previousValidUntil */
        SecretRotated: {
            /**
             * Format: date-time
             * @example 2027-03-16T08:30:00Z
             */
            previousValidUntil: string;
            /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw */
            secret: string;
        };
        SharePayment: {
            /**
             * Format: int64
             * @description Fen
             * @example 12800
             */
            amount: number;
            /**
             * Format: date
             * @example 2027-03-20
             */
            date: string;
        };
        /** @description Money paid back to a household of what it paid of its share (退款) */
        ShareRefund: {
            /**
             * Format: int64
             * @description Fen, not more than the household has paid
             * @example 583
             */
            amount: number;
            /**
             * Format: date
             * @example 2027-04-02
             */
            date: string;
            /** @example 多缴退回 */
            memo?: string | null;
        };
        /** @description Split a source's amount among households (居民出资分摊) */
        ShareRequest: {
            /**
             * Format: int64
             * @description Amount in fen to split
             * @example 744000
             */
            amount: number;
            /**
             * @description Buildings (empty: all with a roll)
             * @example [
             *       "1",
             *       "2"
             *     ]
             */
            buildings?: (string | null)[] | null;
            /**
             * @description For ELEVATOR: the building
             * @example 1
             */
            elevatorBuilding?: string | null;
            /**
             * @description For ELEVATOR: the entrance
             * @example 1
             */
            elevatorEntrance?: string | null;
            /**
             * @description AREA (by exclusive area), EQUAL, or ELEVATOR (floor coefficient × area, one entrance)
             * @example AREA
             * @enum {string}
             */
            method: "AREA" | "EQUAL" | "ELEVATOR";
            /** @example RESIDENTS:居民出资 */
            source: string;
        };
        ShareSet: {
            /**
             * Format: int64
             * @example 1
             */
            amount: number;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /** @example AREA */
            method: string | null;
            shares: components["schemas"]["HouseholdShare"][] | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            sourceKey: string | null;
        };
        /** @description A subscription just created, with its signing secret (shown once; GET never shows it) */
        SubscriptionCreated: {
            /**
             * @description The signing secret (Standard Webhooks: whsec_ and the base64 of the key)
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            subscription: components["schemas"]["SubscriptionView"];
        };
        /** @description A new webhook subscription (订阅) */
        SubscriptionRequest: {
            /**
             * @description What the subscription is for (shown in lists)
             * @example 财政一体化系统 treasury
             */
            description?: string | null;
            /**
             * @description Deliver only events of this district (6 digits); absent: every place the caller may read
             * @example 220302
             */
            districtCode?: string | null;
            /**
             * @description Where deliveries start (default LATEST)
             * @example LATEST
             * @enum {string|null}
             */
            startAt?: "LATEST" | "EARLIEST" | null;
            /**
             * @description Deliver only events of this street (9 digits, within districtCode)
             * @example 220302001
             */
            streetCode?: string | null;
            /**
             * @description Event types to deliver (docs/events.md); empty or absent: every type this service offers (see the types list of GET …/webhooks/event-types)
             * @example [
             *       "survey.CommunityRegistered"
             *     ]
             */
            types?: (string | null)[] | null;
            /**
             * @description Where deliveries are POSTed: an absolute https:// URL
             * @example https://treasury.example.gov.cn/renewal/events
             */
            url: string;
        };
        /** @description A webhook subscription */
        SubscriptionView: {
            /**
             * Format: date-time
             * @example 2027-03-01T08:00:00Z
             */
            createdAt: string;
            /** @example 财政一体化系统 treasury */
            description: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /**
             * Format: int32
             * @description Failed attempts in a row at the event now due (0 when all is well)
             * @example 0
             */
            failedAttempts: number;
            /**
             * Format: date-time
             * @description Since when every attempt has failed
             * @example 2027-03-15T08:30:00Z
             */
            failingSince: string | null;
            /** @example 5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e */
            id: string;
            /**
             * Format: date-time
             * @example 2027-03-15T08:29:58Z
             */
            lastDeliveredAt: string | null;
            /**
             * @description The last failure
             * @example HTTP 503
             */
            lastError: string | null;
            /**
             * Format: date-time
             * @description When the next attempt is due after a failure
             * @example 2027-03-15T08:30:10Z
             */
            nextAttemptAt: string | null;
            /**
             * @description The client that holds it (its token's subject)
             * @example integration-demo
             */
            owner: string;
            /**
             * Format: date-time
             * @example 2027-03-15T08:30:00Z
             */
            pausedAt: string | null;
            /**
             * @description Why deliveries stopped
             * @example the receiver answered 410 Gone
             */
            pausedReason: string | null;
            /**
             * Format: date-time
             * @description Until when the previous signing secret still signs (during a rotation)
             * @example 2027-03-16T08:30:00Z
             */
            previousSecretValidUntil: string | null;
            /** @description A replay under way */
            replay: components["schemas"]["ReplayView"] | null;
            /**
             * @description ACTIVE: delivering; PAUSED: not delivering until resumed (see pausedReason)
             * @example ACTIVE
             * @enum {string}
             */
            status: "ACTIVE" | "PAUSED";
            /** @example 220302001 */
            streetCode: string | null;
            /**
             * @description Selected event types; empty: all
             * @example [
             *       "survey.CommunityRegistered"
             *     ]
             */
            types: (string | null)[];
            /** @example https://treasury.example.gov.cn/renewal/events */
            url: string;
        };
        TrialBalance: {
            /** @example true */
            balanced: boolean;
            /**
             * Format: int64
             * @example 1
             */
            credits: number;
            /**
             * Format: int64
             * @example 1
             */
            debits: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    fundingAuditList: {
        parameters: {
            query?: {
                /** @example 2026-11-01T00:00:00Z */
                from?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("at,ASC" | "at,DESC" | "subject,ASC" | "subject,DESC" | "status,ASC" | "status,DESC")[];
                /** @example district-tiexi */
                subject?: string;
                /** @example 2026-12-01T00:00:00Z */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedModelAuditRecord"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/audit-records",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/audit-records",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/audit-records",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/audit-records",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/audit-records",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/audit-records",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingDeadLetterList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetter"][];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingDeadLetterReplay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadLetterReplay"];
            };
        };
        responses: {
            /** @description Replayed: the dead letter as sent again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetter"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not here or not yours (DEAD_LETTER_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "DEAD_LETTER_NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not here or not yours (DEAD_LETTER_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:dead-letter-not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The broker cannot be reached (BROKER_UNAVAILABLE) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BROKER_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The broker cannot be reached (BROKER_UNAVAILABLE)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dead-letters/replay",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:broker-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingDictionaryAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dictionary"][];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingDictionaryOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dictionary"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/dictionaries/{name}",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries/{name}",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries/{name}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries/{name}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries/{name}",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries/{name}",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/dictionaries/{name}",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingFeedRead: {
        parameters: {
            query?: {
                /**
                 * @description The cursor of the previous page (opaque)
                 * @example eyJ2IjoxLCJ0IjoxNzk2NjQ0ODAwLCJwIjp7fX0
                 */
                cursor?: string;
                /**
                 * @description At most this many events (1–500, default 100)
                 * @example 100
                 */
                limit?: string;
                /** @description Only these event types (repeat the parameter; see …/feed/event-types); absent: all */
                types?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events and the cursor after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPage"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/feed",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The cursor is older than the feed's retention (CURSOR_EXPIRED) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingFeedEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypeView"][];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/event-types",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/event-types",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/event-types",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/event-types",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/event-types",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingFeedHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedHead"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/head",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/head",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/head",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/head",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/feed/head",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingList: {
        parameters: {
            query?: {
                /**
                 * @description District code
                 * @example 220302
                 */
                districtCode?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("communityName,ASC" | "communityName,DESC" | "totalCost,ASC" | "totalCost,DESC" | "districtCode,ASC" | "districtCode,DESC")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedModelFundingPlanSummary"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingGet: {
        parameters: {
            query?: {
                /**
                 * @description Value date to report as of
                 * @example 2027-06-30
                 */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingStatement"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingDisburse: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the first request with a key moves money, a retry returns that entry, the same key with another body is 422
                 * @example pay-2027-001
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Disbursement"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entry"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/disbursements",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingPledge: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the first request with a key moves money, a retry returns that entry, the same key with another body is 422
                 * @example pledge-2027-001
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoneyMovement"];
            };
        };
        responses: {
            /** @description The ledger entry (the first one again for a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entry"];
                };
            };
            /** @description Zero, negative or fractional amount; unknown source; missing Idempotency-Key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Zero, negative or fractional amount; unknown source; missing Idempotency-Key",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/pledges",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the first request with a key moves money, a retry returns that entry, the same key with another body is 422
                 * @example receipt-2027-001
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoneyMovement"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entry"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (RECEIPT_EXCEEDS_PLEDGE): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RECEIPT_EXCEEDS_PLEDGE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (RECEIPT_EXCEEDS_PLEDGE): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:receipt-exceeds-pledge"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/receipts",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingRefund: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the first request with a key moves money, a retry returns that entry, the same key with another body is 422
                 * @example refund-2027-001
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoneyMovement"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entry"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/refunds",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingReverse: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the first request with a key moves money, a retry returns that entry, the same key with another body is 422
                 * @example fix-2027-001
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reversal"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entry"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/reversals",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingAllShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareSet"][];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareSet"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingPay: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the first request with a key moves money, a retry returns that entry, the same key with another body is 422
                 * @example share-1-1-101
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                householdId: string;
                id: string;
                setId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SharePayment"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entry"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/payments/{householdId}",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingRefundShare: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the first request with a key moves money, a retry returns that entry, the same key with another body is 422
                 * @example share-refund-1-1-101
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                householdId: string;
                id: string;
                setId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareRefund"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entry"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (REFUND_EXCEEDS_PAID): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "REFUND_EXCEEDS_PAID",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (REFUND_EXCEEDS_PAID): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:refund-exceeds-paid"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/{setId}/refunds/{householdId}",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingMyShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyShare"][];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/mine",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/mine",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/mine",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/mine",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/mine",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/mine",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/mine",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingPreviewShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareRequest"];
            };
        };
        responses: {
            /** @description The split as it would be kept (id null) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareSet"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/shares/preview",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingDue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                source: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DueDate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingStatement"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/sources/{source}/due-date",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingReportsStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement workbook (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/funding-plans/{id}/statement.xlsx",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/statement.xlsx",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/statement.xlsx",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/statement.xlsx",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/statement.xlsx",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/statement.xlsx",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/funding-plans/{id}/statement.xlsx",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingReportsTotals: {
        parameters: {
            query?: {
                /** @description District code */
                districtCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelTotals"][];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/totals",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/totals",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/totals",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/totals",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/totals",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/totals",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookList: {
        parameters: {
            query?: {
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("createdAt,ASC" | "createdAt,DESC" | "url,ASC" | "url,DESC" | "status,ASC" | "status,DESC")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedModelSubscriptionView"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookCreate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried creation return the first one
                 * @example treasury-sub-1
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCreated"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("at,ASC" | "at,DESC")[];
            };
            header?: never;
            path: {
                /** @example 5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedModelDeliveryView"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/deliveries",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/replays",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/resumption",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingWebhookRotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretRotated"];
                };
            };
            /** @description Invalid input: errors[] names each field (请求数据不合法) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input: errors[] names each field (请求数据不合法)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:validation-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "AUTHENTICATION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); WWW-Authenticate says why",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role or place may not do this (ACCESS_DENIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ACCESS_DENIED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Your role or place may not do this (ACCESS_DENIED)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such record — or one your role or place may not see: the same answer, so nothing is learned about others' records (…_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it: code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "RULE_VIOLATED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it: code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Too many requests from this client, or the service is busy: come back after Retry-After seconds (TOO_MANY_REQUESTS)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 429,
                     *       "title": "请求过于频繁",
                     *       "type": "urn:renewal:problem:too-many-requests"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote correlationId (服务内部错误) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_ERROR",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unexpected failure; quote correlationId (服务内部错误)",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 500,
                     *       "title": "服务内部错误",
                     *       "type": "urn:renewal:problem:internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The service is unavailable through the gateway or its route is full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken effect, so repeat it with the same Idempotency-Key or read the record first",
                     *       "errors": [],
                     *       "instance": "/api/funding/webhooks/subscriptions/{subscriptionId}/secret-rotations",
                     *       "status": 503,
                     *       "title": "服务暂时不可用",
                     *       "type": "urn:renewal:problem:service-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
