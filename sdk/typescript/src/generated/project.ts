// Generated from docs/api/project.openapi.json by scripts/generate.mjs: do not edit.
export interface paths {
    "/api/project/audit-records": {
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
        get: operations["projectAuditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/dead-letters": {
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
        get: operations["projectDeadLetterList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/dead-letters/replay": {
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
        post: operations["projectDeadLetterReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/dictionaries": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectDictionaryAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/dictionaries/{name}": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectDictionaryOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/feed": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectFeedRead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/feed/event-types": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectFeedEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/feed/head": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectFeedHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Created from plan.PlanApproved. Offices see their district, streets their street, units the projects they are under contract for, residents their community's.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a project
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/acceptances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Organise the joint completion acceptance (竣工验收)
         * @description Housing bureau; only when every item is complete, no CRITICAL finding is open and every remark is answered. A failed acceptance is followed by a new one.
         *
         *     Roles (角色): 区住建局 HOUSING_BUREAU
         */
        post: operations["projectAcceptance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sign the acceptance for a party (签署验收意见)
         * @description Parties: STREET and COMMUNITY (the street), OWNERS (the owners' committee), DESIGN, SUPERVISION and CONTRACTOR (the unit under contract for that role). Each signs once (409 ALREADY_SIGNED); a fail lists punch items. When all six have signed: passed if all passed (project.AcceptancePassed), else failed (project.AcceptanceFailed).
         *
         *     Roles (角色): 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE
         */
        put: operations["projectSign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comprehensive evaluation (综合考评)
         * @description City office, after acceptance, once: quality 40%, schedule 20%, resident satisfaction 30%, cost 10% → score and grade (≥ 90 EXCELLENT, ≥ 80 GOOD, ≥ 60 PASS, else FAIL) for the reward instead of subsidy. Resident satisfaction is the residents' published evaluation (governance.SatisfactionPublished: average overall answer × 20): omit it to confirm (422 SATISFACTION_NOT_PUBLISHED until published); a different figure needs satisfactionOverrideReason (422 SATISFACTION_OVERRIDE_NEEDS_REASON). evaluation.satisfactionBasis says which was used. Announces project.ProjectEvaluated.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE
         */
        post: operations["projectEvaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an inspection finding (质量安全检查)
         * @description Housing bureau or the supervision unit. An open CRITICAL finding blocks acceptance. Announces project.InspectionFindingOpened.
         *
         *     Roles (角色): 区住建局 HOUSING_BUREAU, 参建单位 UNIT
         */
        post: operations["projectFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/findings/{findingId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a finding with evidence (整改销项)
         * @description The responsible unit, the supervision unit, the housing bureau or the district office. Announces project.InspectionFindingClosed.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 区住建局 HOUSING_BUREAU, 参建单位 UNIT
         */
        post: operations["projectCloseFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand over to the street and community (移交)
         * @description District office, after acceptance, and only once governance-service reported an owners' committee or self-governance group (422 GOVERNANCE_NOT_READY). Announces project.ProjectHandedOver.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["projectHandOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/items/{lineId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an item's progress (进度填报)
         * @description The contractor or the supervision unit under contract for this project (another unit's project is not found); only after the start; percent 0–100, lower than before only with a reason. An item finished after, or unfinished past, its planned finish is flagged late and announced once (project.MilestoneLate). When every item is at 100% the project is COMPLETED.
         *
         *     Roles (角色): 参建单位 UNIT
         */
        post: operations["projectProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/remarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A resident's supervision remark (建设共管)
         * @description Residents and the owners' committee of the community. The project must answer every remark before acceptance.
         *
         *     Roles (角色): 业委会 OWNERS_COMMITTEE, 居民 RESIDENT
         */
        post: operations["projectRemark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/remarks/{remarkId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a remark
         * @description District office or a unit under contract.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 参建单位 UNIT
         */
        post: operations["projectAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/resident-satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The residents' published satisfaction, as the evaluation takes it
         * @description From governance-service (效果共评, published when the street closes it); 404 SATISFACTION_NOT_PUBLISHED_YET before. points = average overall answer (1–5) × 20, rounded half-up.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectResidentSatisfaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start construction (开工)
         * @description District office; needs a contractor and a supervision unit under contract (422 UNIT_NOT_CONTRACTED). Announces project.ProjectStarted.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["projectStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/projects/{id}/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a tender and contract its winner (招投标)
         * @description District office. One unit per role (construction 建设, contractor 施工, supervision 监理, design 设计); a later tender for a role replaces it until construction starts. The credit code is checked (GB 32100-2015). Announces project.UnitContracted.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["projectTender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/webhooks/subscriptions": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectWebhookList"];
        put?: never;
        /**
         * Subscribe (订阅) (INTEGRATION, CITY_OFFICE)
         * @description Events of the chosen types and place are POSTed to the URL as CloudEvents (application/cloudevents+json), signed with the returned secret as the Standard Webhooks specification describes (webhook-id, webhook-timestamp, webhook-signature), one at a time in order, at least once: a receiver recognises a repeat by its webhook-id. Failed deliveries are retried, waiting from 5 s doubling to 1 h, for 72 hours; then the subscription pauses with the reason. The place must be one the caller may read. A retry with the same Idempotency-Key returns the first subscription.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): project.read
         */
        post: operations["projectWebhookCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/webhooks/subscriptions/{subscriptionId}": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectWebhookGet"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe: deliveries stop at once
         * @description Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): project.read
         */
        delete: operations["projectWebhookDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        get: operations["projectWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/webhooks/subscriptions/{subscriptionId}/replays": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        post: operations["projectWebhookReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/webhooks/subscriptions/{subscriptionId}/resumption": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        post: operations["projectWebhookResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations": {
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
         *     Scopes of other systems (系统对接权限): project.read
         */
        post: operations["projectWebhookRotateSecret"];
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
        Acceptance: {
            /**
             * Format: int32
             * @example 1
             */
            attempt: number;
            /**
             * Format: date
             * @example 2026-12-07
             */
            date: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            decidedAt: string | null;
            /** @example district-tiexi */
            organisedBy: string | null;
            /** @example PASSED */
            outcome: string | null;
            signatures: components["schemas"]["Signature"][] | null;
        };
        /** @description One party's verdict */
        AcceptanceSignature: {
            /** @example true */
            passed: boolean;
            /**
             * @description Required when failing: what must be fixed
             * @example [
             *       "2号楼雨水管脱落"
             *     ]
             */
            punchItems?: (string | null)[] | null;
            /** @example 符合设计要求 */
            remarks?: string | null;
        };
        /** @description A joint completion acceptance (竣工验收) */
        AcceptanceStart: {
            /**
             * Format: date
             * @example 2027-11-05
             */
            date?: string | null;
        };
        Answer: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            text: string | null;
        };
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
        Closure: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 单元门禁已更换，验收合格 Entrance door control replaced, accepted */
            evidence: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            on: string | null;
            /**
             * @example [
             *       "photos/2026/12/6750a1c2.jpg"
             *     ]
             */
            photos: (string | null)[] | null;
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
        ContractedUnit: {
            /** @example 王建国 */
            contact: string | null;
            /**
             * Format: int64
             * @example 1
             */
            contractAmount: number;
            /** @example 铁发改审批〔2026〕8号 */
            contractNo: string | null;
            /** @example ROOF_WATERPROOFING */
            creditCode: string | null;
            /**
             * @example OPEN
             * @enum {string|null}
             */
            method: "OPEN" | "INVITED" | "COMPETITIVE_NEGOTIATION" | "COMPETITIVE_CONSULTATION" | "SINGLE_SOURCE" | "DIRECT" | null;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            recordedAt: string | null;
            /**
             * @example CONSTRUCTION
             * @enum {string|null}
             */
            role: "CONSTRUCTION" | "CONTRACTOR" | "SUPERVISION" | "DESIGN" | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            tenderDate: string | null;
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
        /** @description One dictionary value */
        Entry: {
            /** @example RESIDENTS */
            code: string | null;
            /** @example Residents' contributions */
            labelEn: string | null;
            /** @example 居民出资 */
            labelZh: string | null;
            /**
             * Format: int32
             * @example 1
             */
            order: number;
        };
        Evaluation: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /**
             * Format: int32
             * @example 1
             */
            cost: number;
            /**
             * @example EXCELLENT
             * @enum {string|null}
             */
            grade: "EXCELLENT" | "GOOD" | "PASS" | "FAIL" | null;
            /**
             * Format: int32
             * @example 1
             */
            quality: number;
            /** @example 单元门禁已更换，验收合格 Entrance door control replaced, accepted */
            remarks: string | null;
            /**
             * Format: int32
             * @example 1
             */
            satisfaction: number;
            satisfactionBasis: components["schemas"]["Satisfaction"] | null;
            /**
             * Format: int32
             * @example 1
             */
            schedule: number;
            /** @example 1.5 */
            score: number | null;
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
        Finding: {
            closure: components["schemas"]["Closure"] | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            deadline: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            description: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            lineId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            openedAt: string | null;
            /** @example district-tiexi */
            openedBy: string | null;
            /**
             * @example CONSTRUCTION
             * @enum {string|null}
             */
            responsible: "CONSTRUCTION" | "CONTRACTOR" | "SUPERVISION" | "DESIGN" | null;
            /**
             * @example MINOR
             * @enum {string|null}
             */
            severity: "MINOR" | "MAJOR" | "CRITICAL" | null;
        };
        /** @description Rectification evidence (整改回复) */
        FindingClosure: {
            /** @example 已补设连墙件并复查 */
            evidence: string;
            /**
             * @example [
             *       "photos/2026/12/6750a1c2.jpg"
             *     ]
             */
            photos?: (string | null)[] | null;
        };
        Handover: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            note: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            on: string | null;
            /** @example 220302001 */
            streetCode: string | null;
        };
        /** @description Handover to the street and community (移交) */
        HandoverInput: {
            /**
             * Format: date
             * @example 2027-12-01
             */
            handedOverOn: string;
            /** @example 移交街道、社区日常维护；维修资金账户已建立 */
            note?: string | null;
        };
        /** @description A quality or safety finding (质量安全检查) */
        InspectionFinding: {
            /**
             * Format: date
             * @description Rectification deadline
             * @example 2027-05-10
             */
            deadline: string;
            /** @example 脚手架连墙件缺失 */
            description: string;
            /**
             * @description The item line, if it concerns one
             * @example ROOF_WATERPROOFING@all
             */
            lineId?: string | null;
            /**
             * @description The unit responsible
             * @example CONTRACTOR
             * @enum {string}
             */
            responsible: "CONSTRUCTION" | "CONTRACTOR" | "SUPERVISION" | "DESIGN";
            /**
             * @example CRITICAL
             * @enum {string}
             */
            severity: "MINOR" | "MAJOR" | "CRITICAL";
        };
        Label: {
            /** @example Completed */
            en: string | null;
            /** @example 已竣工 */
            zh: string | null;
        };
        PagedModelAuditRecord: {
            content: components["schemas"]["AuditRecord"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelDeliveryView: {
            content: components["schemas"]["DeliveryView"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelProject: {
            content: components["schemas"]["Project"][];
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
        /** @description Progress of one plan item, by a unit under contract */
        ProgressReport: {
            /**
             * Format: date
             * @description At 100%: the finish date (default today)
             * @example 2027-06-25
             */
            actualFinish?: string | null;
            /**
             * Format: date
             * @example 2027-04-03
             */
            actualStart?: string | null;
            /** @example 防水卷材铺设完成六成 */
            note?: string | null;
            /**
             * Format: int32
             * @description Percent complete, 0–100; lower than before only with a reason
             * @example 60
             */
            percent: number;
            /**
             * @description Photo references (file ids or URLs)
             * @example [
             *       "photos/2027/05/roof-01.jpg"
             *     ]
             */
            photos?: (string | null)[] | null;
            /**
             * @description Why progress went back, required then
             * @example 返工：局部渗漏
             */
            reason?: string | null;
        };
        /** @description A construction project built from an approved plan (改造项目) */
        Project: {
            acceptances: components["schemas"]["Acceptance"][] | null;
            /**
             * @example [
             *       "3"
             *     ]
             */
            buildings: (string | null)[] | null;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /** @example 北山小区 */
            communityName: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            createdAt: string | null;
            /** @example 220302 */
            districtCode: string | null;
            evaluation: components["schemas"]["Evaluation"] | null;
            findings: components["schemas"]["Finding"][] | null;
            /** @example 3770.5 */
            floorArea: number | null;
            /**
             * @description governance-service reported an owners' committee or self-governance group
             * @example true
             */
            governanceReady: boolean;
            handover: components["schemas"]["Handover"] | null;
            /**
             * Format: int32
             * @example 58
             */
            households: number;
            /**
             * @description Same as the plan's id
             * @example 9833a13c-cc8a-36af-a13d-16dec1b77172
             */
            id: string | null;
            items: components["schemas"]["ProjectItem"][] | null;
            /**
             * Format: int64
             * @description Open critical findings: acceptance waits for them
             * @example 0
             */
            openCriticalFindings: number;
            /**
             * @description Cost-weighted percent complete
             * @example 62.5
             */
            overallPercent: number | null;
            remarks: components["schemas"]["Remark"][] | null;
            /**
             * @example UNDER_CONSTRUCTION
             * @enum {string|null}
             */
            stage: "APPROVED" | "TENDERING" | "UNDER_CONSTRUCTION" | "COMPLETED" | "ACCEPTED" | "EVALUATED" | "HANDED_OVER" | null;
            stageLabel: components["schemas"]["Label"] | null;
            /**
             * Format: date
             * @example 2027-04-01
             */
            startedOn: string | null;
            /** @example 220302001 */
            streetCode: string | null;
            /**
             * Format: int64
             * @description Approved cost in fen
             * @example 11180000
             */
            totalCost: number;
            units: components["schemas"]["ContractedUnit"][] | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            updatedAt: string | null;
            /**
             * Format: int64
             * @example 4
             */
            version: number;
        };
        /** @description Scores 0–100 per criterion (综合考评). Resident satisfaction is taken from the residents' published evaluation (效果共评, governance-service): leave satisfaction out to confirm it; a different figure is an override and needs its reason */
        ProjectEvaluationInput: {
            /**
             * Format: int32
             * @description Cost control
             * @example 88
             */
            cost: number;
            /**
             * Format: int32
             * @example 92
             */
            quality: number;
            /** @example 改造效果良好 */
            remarks?: string | null;
            /**
             * Format: int32
             * @description Only to override the residents' result (published average × 20, rounded half-up); omit to confirm it
             * @example 90
             */
            satisfaction?: number | null;
            /**
             * @description Required when satisfaction overrides the residents' result
             * @example 抽样问卷覆盖不足，按入户复核结果
             */
            satisfactionOverrideReason?: string | null;
            /**
             * Format: int32
             * @example 85
             */
            schedule: number;
        };
        ProjectItem: {
            /**
             * Format: date
             * @example 2026-12-07
             */
            actualFinish: string | null;
            /**
             * Format: date
             * @example 2027-04-03
             */
            actualStart: string | null;
            /**
             * @example [
             *       "3"
             *     ]
             */
            buildings: (string | null)[] | null;
            /**
             * Format: int64
             * @example 9440000
             */
            cost: number;
            /**
             * @example [
             *       "2"
             *     ]
             */
            entrances: (string | null)[] | null;
            /** @example 屋面防水 */
            labelZh: string | null;
            /**
             * @description Late against the plan (announced as MilestoneLate)
             * @example false
             */
            late: boolean;
            /** @example ROOF_WATERPROOFING@all */
            lineId: string | null;
            /**
             * Format: int32
             * @example 60
             */
            percent: number;
            /**
             * Format: date
             * @example 2027-06-30
             */
            plannedFinish: string | null;
            /**
             * Format: date
             * @example 2027-04-01
             */
            plannedStart: string | null;
            /** @example 1180 */
            quantity: number | null;
            reports: components["schemas"]["Report"][] | null;
            /** @example m2 */
            unit: string | null;
        };
        /** @description Start of construction (开工) */
        ProjectStart: {
            /**
             * Format: date
             * @example 2027-04-01
             */
            startedOn: string;
        };
        Remark: {
            answer: components["schemas"]["Answer"] | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            householdId: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /**
             * @example [
             *       "photos/2026/12/6750a1c2.jpg"
             *     ]
             */
            photos: (string | null)[] | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            text: string | null;
        };
        RemarkAnswer: {
            /** @example 已安排返工，6月20日前完成 */
            text: string;
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
        Report: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            note: string | null;
            /**
             * Format: int32
             * @example 1
             */
            percent: number;
            /**
             * @example [
             *       "photos/2026/12/6750a1c2.jpg"
             *     ]
             */
            photos: (string | null)[] | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            reason: string | null;
            /** @example CONTRACTOR */
            unitRole: string | null;
        };
        /** @description The residents' published satisfaction (效果共评) of the project's community */
        ResidentSatisfaction: {
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /**
             * Format: int32
             * @example 96
             */
            households: number;
            /**
             * @description Average overall answer, 1–5
             * @example 4.52
             */
            overall: number | null;
            /**
             * Format: int32
             * @description In the evaluation's 0–100 points; null when nobody answered
             * @example 90
             */
            points: number | null;
            /**
             * Format: int32
             * @example 42
             */
            respondents: number;
        };
        Satisfaction: {
            /**
             * Format: int32
             * @example 1
             */
            households: number;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            overrideReason: string | null;
            /**
             * Format: int32
             * @example 1
             */
            points: number;
            /** @example 1.5 */
            residentsOverall: number | null;
            /**
             * Format: int32
             * @example 1
             */
            residentsPoints: number | null;
            /**
             * Format: int32
             * @example 1
             */
            respondents: number;
            /** @example RESIDENTS */
            source: string | null;
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
        Signature: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /**
             * @example STREET
             * @enum {string|null}
             */
            party: "STREET" | "COMMUNITY" | "OWNERS" | "DESIGN" | "SUPERVISION" | "CONTRACTOR" | null;
            /** @example true */
            passed: boolean;
            /**
             * @example [
             *       "单元门禁已更换，验收合格 Entrance door control replaced, accepted"
             *     ]
             */
            punchItems: (string | null)[] | null;
            /** @example 单元门禁已更换，验收合格 Entrance door control replaced, accepted */
            remarks: string | null;
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
        /** @description A resident's remark on the works (建设共管) */
        SupervisionRemark: {
            /**
             * @example [
             *       "photos/2026/12/6750a1c2.jpg"
             *     ]
             */
            photos?: (string | null)[] | null;
            /** @example 3号楼屋面防水卷材搭接不足 */
            text: string;
        };
        /** @description A tender (招投标) and the contract of its winning unit */
        TenderRecord: {
            /**
             * Format: int64
             * @description Contract amount in fen, at most 1,000,000,000,000 (¥10 billion)
             * @example 68500000
             */
            contractAmount: number;
            /** @example TX-2027-SG-018 */
            contractNo: string;
            /**
             * @description Method (dictionary tenderMethods)
             * @example OPEN
             * @enum {string}
             */
            method: "OPEN" | "INVITED" | "COMPETITIVE_NEGOTIATION" | "COMPETITIVE_CONSULTATION" | "SINGLE_SOURCE" | "DIRECT";
            /**
             * @description Role (dictionary unitRoles)
             * @example CONTRACTOR
             * @enum {string}
             */
            role: "CONSTRUCTION" | "CONTRACTOR" | "SUPERVISION" | "DESIGN";
            /**
             * Format: date
             * @example 2027-03-28
             */
            tenderDate: string;
            unit: components["schemas"]["UnitInput"];
        };
        /** @description A participating unit (参建单位) */
        UnitInput: {
            /** @example 王工 13904345678 */
            contact?: string | null;
            /**
             * @description Unified social credit code, 18 characters with a valid GB 32100 check character
             * @example 91220302MA0000000Q
             */
            creditCode: string;
            /** @example 吉林省某建筑工程有限公司 */
            name: string;
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
    projectAuditList: {
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
                     *       "instance": "/api/project/audit-records",
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
                     *       "instance": "/api/project/audit-records",
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
                     *       "instance": "/api/project/audit-records",
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
                     *       "instance": "/api/project/audit-records",
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
                     *       "instance": "/api/project/audit-records",
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
                     *       "instance": "/api/project/audit-records",
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
    projectDeadLetterList: {
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
                     *       "instance": "/api/project/dead-letters",
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
                     *       "instance": "/api/project/dead-letters",
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
                     *       "instance": "/api/project/dead-letters",
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
                     *       "instance": "/api/project/dead-letters",
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
                     *       "instance": "/api/project/dead-letters",
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
    projectDeadLetterReplay: {
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
                     *       "instance": "/api/project/dead-letters/replay",
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
    projectDictionaryAll: {
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
                     *       "instance": "/api/project/dictionaries",
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
                     *       "instance": "/api/project/dictionaries",
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
                     *       "instance": "/api/project/dictionaries",
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
                     *       "instance": "/api/project/dictionaries",
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
                     *       "instance": "/api/project/dictionaries",
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
    projectDictionaryOne: {
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
                     *       "instance": "/api/project/dictionaries/{name}",
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
                     *       "instance": "/api/project/dictionaries/{name}",
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
                     *       "instance": "/api/project/dictionaries/{name}",
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
                     *       "instance": "/api/project/dictionaries/{name}",
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
                     *       "instance": "/api/project/dictionaries/{name}",
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
                     *       "instance": "/api/project/dictionaries/{name}",
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
                     *       "instance": "/api/project/dictionaries/{name}",
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
    projectFeedRead: {
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
                     *       "instance": "/api/project/feed",
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
                     *       "instance": "/api/project/feed",
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
                     *       "instance": "/api/project/feed",
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
                     *       "instance": "/api/project/feed",
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
                     *       "instance": "/api/project/feed",
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
                     *       "instance": "/api/project/feed",
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
    projectFeedEventTypes: {
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
                     *       "instance": "/api/project/feed/event-types",
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
                     *       "instance": "/api/project/feed/event-types",
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
                     *       "instance": "/api/project/feed/event-types",
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
                     *       "instance": "/api/project/feed/event-types",
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
                     *       "instance": "/api/project/feed/event-types",
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
    projectFeedHead: {
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
                     *       "instance": "/api/project/feed/head",
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
                     *       "instance": "/api/project/feed/head",
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
                     *       "instance": "/api/project/feed/head",
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
                     *       "instance": "/api/project/feed/head",
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
                     *       "instance": "/api/project/feed/head",
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
    projectList: {
        parameters: {
            query?: {
                /** @description District code */
                districtCode?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("createdAt,ASC" | "createdAt,DESC" | "updatedAt,ASC" | "updatedAt,DESC" | "stage,ASC" | "stage,DESC" | "communityName,ASC" | "communityName,DESC" | "startedOn,ASC" | "startedOn,DESC")[];
                /** @description Stage (dictionary projectStages) */
                stage?: "APPROVED" | "TENDERING" | "UNDER_CONSTRUCTION" | "COMPLETED" | "ACCEPTED" | "EVALUATED" | "HANDED_OVER";
                /** @description Street code */
                streetCode?: string;
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
                    "application/json": components["schemas"]["PagedModelProject"];
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
                     *       "instance": "/api/project/projects",
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
                     *       "instance": "/api/project/projects",
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
                     *       "instance": "/api/project/projects",
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
                     *       "instance": "/api/project/projects",
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
                     *       "instance": "/api/project/projects",
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
                     *       "instance": "/api/project/projects",
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
    projectGet: {
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
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}",
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
                     *       "instance": "/api/project/projects/{id}",
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
                     *       "instance": "/api/project/projects/{id}",
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
                     *       "instance": "/api/project/projects/{id}",
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
                     *       "instance": "/api/project/projects/{id}",
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
                     *       "instance": "/api/project/projects/{id}",
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
                     *       "instance": "/api/project/projects/{id}",
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
    projectAcceptance: {
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
                "application/json": components["schemas"]["AcceptanceStart"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
                     *       "instance": "/api/project/projects/{id}/acceptances",
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
    projectSign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attempt: number;
                id: string;
                party: "STREET" | "COMMUNITY" | "OWNERS" | "DESIGN" | "SUPERVISION" | "CONTRACTOR";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptanceSignature"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (ALREADY_SIGNED) (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ALREADY_SIGNED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (ALREADY_SIGNED) (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:already-signed"
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
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
                     *       "instance": "/api/project/projects/{id}/acceptances/{attempt}/signatures/{party}",
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
    projectEvaluate: {
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
                "application/json": components["schemas"]["ProjectEvaluationInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (SATISFACTION_NOT_PUBLISHED, SATISFACTION_OVERRIDE_NEEDS_REASON): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SATISFACTION_NOT_PUBLISHED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (SATISFACTION_NOT_PUBLISHED, SATISFACTION_OVERRIDE_NEEDS_REASON): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/project/projects/{id}/evaluation",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:satisfaction-not-published"
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
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
                     *       "instance": "/api/project/projects/{id}/evaluation",
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
    projectFinding: {
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
                "application/json": components["schemas"]["InspectionFinding"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
                     *       "instance": "/api/project/projects/{id}/findings",
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
    projectCloseFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingClosure"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
                     *       "instance": "/api/project/projects/{id}/findings/{findingId}/closure",
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
    projectHandOver: {
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
                "application/json": components["schemas"]["HandoverInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/handover",
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
                     *       "instance": "/api/project/projects/{id}/handover",
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
                     *       "instance": "/api/project/projects/{id}/handover",
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
                     *       "instance": "/api/project/projects/{id}/handover",
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
                     *       "instance": "/api/project/projects/{id}/handover",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (GOVERNANCE_NOT_READY): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "GOVERNANCE_NOT_READY",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (GOVERNANCE_NOT_READY): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/project/projects/{id}/handover",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:governance-not-ready"
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
                     *       "instance": "/api/project/projects/{id}/handover",
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
                     *       "instance": "/api/project/projects/{id}/handover",
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
                     *       "instance": "/api/project/projects/{id}/handover",
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
    projectProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressReport"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
                     *       "instance": "/api/project/projects/{id}/items/{lineId}/progress",
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
    projectRemark: {
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
                "application/json": components["schemas"]["SupervisionRemark"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
                     *       "instance": "/api/project/projects/{id}/remarks",
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
    projectAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                remarkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemarkAnswer"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
                     *       "instance": "/api/project/projects/{id}/remarks/{remarkId}/answer",
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
    projectResidentSatisfaction: {
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
                    "application/json": components["schemas"]["ResidentSatisfaction"];
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
                     *       "instance": "/api/project/projects/{id}/resident-satisfaction",
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
                     *       "instance": "/api/project/projects/{id}/resident-satisfaction",
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
                     *       "instance": "/api/project/projects/{id}/resident-satisfaction",
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
                     *       "instance": "/api/project/projects/{id}/resident-satisfaction",
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
                     *       "instance": "/api/project/projects/{id}/resident-satisfaction",
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
                     *       "instance": "/api/project/projects/{id}/resident-satisfaction",
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
                     *       "instance": "/api/project/projects/{id}/resident-satisfaction",
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
    projectStart: {
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
                "application/json": components["schemas"]["ProjectStart"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
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
                     *       "instance": "/api/project/projects/{id}/start",
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
                     *       "instance": "/api/project/projects/{id}/start",
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
                     *       "instance": "/api/project/projects/{id}/start",
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
                     *       "instance": "/api/project/projects/{id}/start",
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
                     *       "instance": "/api/project/projects/{id}/start",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (UNIT_NOT_CONTRACTED): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNIT_NOT_CONTRACTED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (UNIT_NOT_CONTRACTED): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/project/projects/{id}/start",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:unit-not-contracted"
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
                     *       "instance": "/api/project/projects/{id}/start",
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
                     *       "instance": "/api/project/projects/{id}/start",
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
                     *       "instance": "/api/project/projects/{id}/start",
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
    projectTender: {
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
                "application/json": components["schemas"]["TenderRecord"];
            };
        };
        responses: {
            /** @description The project with the unit under contract */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Bad credit code, named unit.creditCode */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Bad credit code, named unit.creditCode",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
                     *       "instance": "/api/project/projects/{id}/tenders",
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
    projectWebhookList: {
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
    projectWebhookCreate: {
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
                     *       "instance": "/api/project/webhooks/subscriptions",
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
    projectWebhookGet: {
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
    projectWebhookDelete: {
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}",
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
    projectWebhookDeliveries: {
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/deliveries",
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
    projectWebhookReplay: {
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/replays",
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
    projectWebhookResume: {
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/resumption",
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
    projectWebhookRotateSecret: {
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/project/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
