// Generated from docs/api/governance.openapi.json by scripts/generate.mjs: do not edit.
export interface paths {
    "/api/governance/audit-records": {
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
        get: operations["governanceAuditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A community's governance record
         * @description Opened when its plan is approved.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.read, governance.tickets.write
         */
        get: operations["governanceGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/committee-elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the owners' committee election (业委会选举)
         * @description Needs the preparatory group and no committee in its term (409 COMMITTEE_IN_TERM), and the household roll of every building of the community (422 ELECTORATE_INCOMPLETE naming the buildings without one). The electorate is fixed now: the owners of all the rolls, each owner once with their areas summed; candidates must be owners.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["governanceOpenElection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * An owner's ballot (投票)
         * @description A resident online for their own household, or the street on paper; the ballot is the owner's and a later one replaces it.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET, 居民 RESIDENT
         */
        put: operations["governanceBallot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/committee-elections/current/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the open election
         * @description By its organiser (the street or the district office), with a reason: nothing is decided, the ballots stay on record, a new election may open.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["governanceCancelElection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/committee-elections/current/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the election
         * @description Valid with owners of ≥ 2/3 of the area and ≥ 2/3 by head voting; a candidate is elected with more than half of the participating area AND owners (民法典 第278条); at most the seats; with at least 3 elected the committee is formed for its term (governance.OwnersCommitteeElected).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["governanceCloseElection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/committee-elections/current/electorate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The electorate of the current (or last) election
         * @description Fixed when the election opened: every owner of the rolls of all the community's buildings, once, with their units and area (m²) and whether they have voted. For the street and the district office.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        get: operations["governanceElectorate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/owners-committee/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * File the committee with the street office (备案)
         * @description The committee is then in place: governance.GovernanceReady (first body only).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        put: operations["governanceFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/owners-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The owners' votes governance has received
         * @description Closed owners' votes of plan-service for this community (plan.OwnerVoteClosed), newest first: the records a property manager's engagement names. A vote closed a moment ago appears within seconds.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.read, governance.tickets.write
         */
        get: operations["governanceDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/party-branch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the party branch or group (党支部/党小组)
         * @description Standalone, combined (兼合式) or a party group. Announces governance.PartyBranchEstablished.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        put: operations["governancePartyBranch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/preparatory-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the committee's preparatory group (筹备组)
         * @description Chaired by a street official.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        put: operations["governancePreparatory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/property-manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Engage property management (物业管理)
         * @description Red property, the original unit, or self-management; a company's credit code is checked (GB 32100-2015). Every engagement names the owners' decision: a passed plan-service owners' vote of this community on HIRE_PROPERTY_MANAGEMENT (民法典 第278条 (四); 422 OWNERS_DECISION_NOT_VALID naming ownersDecision.voteId otherwise); a replacement needs a decision of its own (422 OWNERS_DECISION_ALREADY_USED). Announces governance.PropertyManagerEngaged.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        put: operations["governanceManager"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published satisfaction results (成果共享)
         * @description Read-only, for everyone signed in; 404 until published.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.read, governance.tickets.write
         */
        get: operations["governancePublished"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A household's satisfaction evaluation (效果共评)
         * @description Open after the completion acceptance; one per household, a new answer replaces the earlier; residents for their own household.
         *
         *     Roles (角色): 居民 RESIDENT
         */
        put: operations["governanceSatisfaction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/satisfaction/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the evaluation and publish the results (成果共享)
         * @description Averages per menu category and overall; announces governance.SatisfactionPublished.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["governanceCloseSatisfaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/self-governance-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the resident self-governance group (居民自治小组)
         * @description The lighter alternative to a committee, with at least three members. The first body in place announces governance.GovernanceReady, which lets project-service hand the community over.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        put: operations["governanceGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's tickets, newest first, in pages
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.read, governance.tickets.write
         */
        get: operations["governanceTicketList"];
        put?: never;
        /**
         * Report a defect (报修)
         * @description Residents (and the owners' committee) of the community; the 12345 hotline's system (scope governance.tickets.write) for communities of its places, with an Idempotency-Key (its work order number): a retry with the same key returns the ticket first opened.
         *
         *     Roles (角色): 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.tickets.write
         */
        post: operations["governanceTicketReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge, fix or close a ticket
         * @description step = acknowledgement, fix or closure, in that order; by the street, the owners' committee or the district office.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE
         */
        post: operations["governanceTicketStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/communities/{communityId}/tickets/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Response-time figures (响应时效)
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.read, governance.tickets.write
         */
        get: operations["governanceTicketFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/dead-letters": {
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
        get: operations["governanceDeadLetterList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/dead-letters/replay": {
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
        post: operations["governanceDeadLetterReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/dictionaries": {
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
         *     Scopes of other systems (系统对接权限): governance.read, governance.tickets.write
         */
        get: operations["governanceDictionaryAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/dictionaries/{name}": {
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
         *     Scopes of other systems (系统对接权限): governance.read, governance.tickets.write
         */
        get: operations["governanceDictionaryOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/feed": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        get: operations["governanceFeedRead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/feed/event-types": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        get: operations["governanceFeedEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/feed/head": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        get: operations["governanceFeedHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/webhooks/subscriptions": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        get: operations["governanceWebhookList"];
        put?: never;
        /**
         * Subscribe (订阅) (INTEGRATION, CITY_OFFICE)
         * @description Events of the chosen types and place are POSTed to the URL as CloudEvents (application/cloudevents+json), signed with the returned secret as the Standard Webhooks specification describes (webhook-id, webhook-timestamp, webhook-signature), one at a time in order, at least once: a receiver recognises a repeat by its webhook-id. Failed deliveries are retried, waiting from 5 s doubling to 1 h, for 72 hours; then the subscription pauses with the reason. The place must be one the caller may read. A retry with the same Idempotency-Key returns the first subscription.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.read
         */
        post: operations["governanceWebhookCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/webhooks/subscriptions/{subscriptionId}": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        get: operations["governanceWebhookGet"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe: deliveries stop at once
         * @description Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): governance.read
         */
        delete: operations["governanceWebhookDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        get: operations["governanceWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/webhooks/subscriptions/{subscriptionId}/replays": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        post: operations["governanceWebhookReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        post: operations["governanceWebhookResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations": {
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
         *     Scopes of other systems (系统对接权限): governance.read
         */
        post: operations["governanceWebhookRotateSecret"];
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
        Cancellation: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            reason: string | null;
        };
        Candidate: {
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            householdId: string | null;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            ownerKey: string | null;
        };
        /** @description A candidate: an owner, named by one of their households */
        CandidateInput: {
            /** @example 1-1-101 */
            householdId: string;
            /** @example 张建国 */
            name: string;
        };
        /** @description One candidate's tally: elected with more than half of the participating area AND owners (民法典 第278条), at most the seats */
        CandidateResult: {
            /** @example true */
            elected: boolean;
            /** @example 1-1-101 */
            householdId: string | null;
            /** @example 张甲 */
            name: string | null;
            vote: components["schemas"]["Result"] | null;
            /**
             * @description Area of the owners who voted for them, m²
             * @example 300
             */
            yesArea: number | null;
            /**
             * Format: int32
             * @description Owners who voted for them
             * @example 3
             */
            yesOwners: number;
        };
        CategoryScore: {
            /**
             * Format: int32
             * @example 1
             */
            answers: number;
            /** @example 1.5 */
            average: number | null;
            /** @example HOUSING_FUNCTION */
            category: string | null;
        };
        /** @description A closed owners' vote of plan-service (业主共同决定, 民法典 第278条); areas in m², owners by head */
        ClosedOwnersVote: {
            /**
             * Format: date
             * @example 2027-03-01
             */
            closedOn: string | null;
            /**
             * @description The matter (plan-service dictionary voteMatters)
             * @example HIRE_PROPERTY_MANAGEMENT
             */
            matter: string | null;
            /** @example 1.5 */
            participatingArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            participatingOwners: number;
            /**
             * @description Valid and the matter's consent reached
             * @example true
             */
            passed: boolean;
            /** @example 5280.4 */
            totalArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            totalOwners: number;
            /**
             * @description Turnout reached 2/3 by area and by head
             * @example true
             */
            valid: boolean;
            /** @example 0b8f5c1e-7a0d-4a51-9f3e-2d7c9b1a4e66 */
            voteId: string | null;
            /** @example 1.5 */
            yesArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            yesOwners: number;
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
        Committee: {
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            electionId: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            filedOn: string | null;
            /** @example 铁发改审批〔2026〕8号 */
            filingNo: string | null;
            members: components["schemas"]["Member"][] | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            termEnd: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            termStart: string | null;
        };
        /** @description The candidates an owner votes for (at most the seats) */
        CommitteeBallot: {
            /**
             * @example [
             *       "1-1-101",
             *       "2-1-201"
             *     ]
             */
            candidates: (string | null)[];
        };
        /** @description An owners' committee election (业委会选举); areas in m² as in owners' votes */
        CommitteeElection: {
            /**
             * Format: int32
             * @description Owners who voted
             * @example 1
             */
            ballots: number;
            /**
             * @description The buildings whose rolls make the electorate: all of the community's when the election opened
             * @example [
             *       "1",
             *       "2"
             *     ]
             */
            buildings: (string | null)[] | null;
            /** @description Set when the organiser cancelled the election */
            cancellation: components["schemas"]["Cancellation"] | null;
            candidates: components["schemas"]["Candidate"][] | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            closedAt: string | null;
            /**
             * @description Their exclusive area, m²
             * @example 5280.4
             */
            electorateArea: number | null;
            /**
             * Format: int32
             * @description Owners who may vote (fixed when the election opened), each once
             * @example 1
             */
            electorateOwners: number;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            openedAt: string | null;
            results: components["schemas"]["CandidateResult"][] | null;
            /**
             * Format: int32
             * @example 1
             */
            seats: number;
            /**
             * @description OPEN, CLOSED or CANCELLED
             * @example OPEN
             */
            status: string | null;
            /**
             * Format: int32
             * @example 1
             */
            termYears: number;
            /** @description Turnout as the ballots stand (final once closed): area and owners that took part, as fractions and percentages; valid at ≥ 2/3 of each (民法典 第278条) */
            turnout: components["schemas"]["Result"] | null;
            /** @example true */
            valid: boolean;
        };
        /** @description An owners' committee election (业委会选举) */
        CommitteeElectionInput: {
            candidates: components["schemas"]["CandidateInput"][];
            /**
             * Format: int32
             * @description Seats, 3 to 11
             * @example 5
             */
            seats: number;
            /**
             * Format: int32
             * @description Term in years, at most 5
             * @example 5
             */
            termYears: number;
        };
        /** @description Filing of the elected committee with the street office (备案) */
        CommitteeFiling: {
            /**
             * Format: date
             * @example 2027-09-01
             */
            filedOn: string;
            /** @example 铁西街备〔2027〕8号 */
            filingNo: string;
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
        /** @description Why the organiser cancels the open election */
        ElectionCancellation: {
            /** @example 3号楼户册有误，重新核对后另行选举 */
            reason: string;
        };
        /** @description An owner of the fixed electorate: their units and exclusive area */
        ElectionElector: {
            /**
             * @description m²
             * @example 200
             */
            area: number | null;
            /**
             * @example [
             *       "1-1-101",
             *       "1-1-102"
             *     ]
             */
            householdIds: (string | null)[] | null;
            /**
             * @description Whether they have voted
             * @example true
             */
            voted: boolean;
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
        Fraction: {
            /** @example 4 */
            denominator: string | null;
            /** @example 3 */
            numerator: string | null;
            /** @example 1.5 */
            percent: number | null;
        };
        /** @description A community's governance (长效管理) */
        GovernanceRecord: {
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /** @example 北山小区 */
            communityName: string | null;
            /** @example 220302 */
            districtCode: string | null;
            election: components["schemas"]["CommitteeElection"] | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            handedOverOn: string | null;
            /**
             * @description Handed over: in long-term management (长效管理)
             * @example true
             */
            longTermManagement: boolean;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            openedAt: string | null;
            ownersCommittee: components["schemas"]["Committee"] | null;
            partyBranch: components["schemas"]["PartyBranch"] | null;
            pastManagers: components["schemas"]["PropertyManager"][] | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            planId: string | null;
            preparatoryGroup: components["schemas"]["PreparatoryGroup"] | null;
            propertyManager: components["schemas"]["PropertyManager"] | null;
            /**
             * @description The body that takes over (announced as GovernanceReady)
             * @example OWNERS_COMMITTEE
             */
            readyBody: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            readySince: string | null;
            /**
             * @description Satisfaction evaluation open (after acceptance)
             * @example true
             */
            satisfactionOpen: boolean;
            selfGovernanceGroup: components["schemas"]["SelfGovernanceGroup"] | null;
            /** @example 220302001 */
            streetCode: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            updatedAt: string | null;
            /**
             * Format: int64
             * @example 1
             */
            version: number;
        };
        GroupMemberInput: {
            /** @example 刘桂芝 */
            name: string;
            /** @example 组长 */
            position: string;
        };
        /** @description A defect reported by a resident and its handling (报修) */
        MaintenanceTicket: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            acknowledgedAt: string | null;
            /**
             * @description ROOF, STAIRWELL, LIGHTING, DRAINAGE, ROAD, GREENERY, FACILITY or OTHER
             * @example LIGHTING
             */
            category: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            closedAt: string | null;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /** @example 声控灯不亮 */
            description: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            fixedAt: string | null;
            /** @example 4d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d */
            id: string | null;
            /** @example 3号楼2单元楼道 */
            location: string | null;
            /**
             * @example [
             *       "photos/2026/12/6750a1c2.jpg"
             *     ]
             */
            photos: (string | null)[] | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            reportedAt: string | null;
            /** @example resident-beishan */
            reportedBy: string | null;
            /** @example 已更换灯泡 */
            resolution: string | null;
            /**
             * @description OPEN, ACKNOWLEDGED, FIXED or CLOSED
             * @example OPEN
             */
            status: string | null;
            /**
             * Format: int64
             * @description Changes with every step
             * @example 1
             */
            version: number | null;
        };
        Member: {
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /** @example 组长 */
            position: string | null;
        };
        OwnersDecision: {
            /**
             * Format: date
             * @example 2026-12-07
             */
            decidedOn: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            description: string | null;
            /** @example 5634.20 */
            participatingArea: string | null;
            /**
             * Format: int32
             * @example 1
             */
            participatingOwners: number;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            voteId: string | null;
            /** @example 5634.20 */
            yesArea: string | null;
            /**
             * Format: int32
             * @example 1
             */
            yesOwners: number;
        };
        /** @description The owners' decision behind engaging a property manager (民法典 第278条 (四) 选聘和解聘物业服务企业或者其他管理人): a passed owners' vote of plan-service */
        OwnersDecisionInput: {
            /** @example 业主大会决定选聘红心物业 */
            description?: string | null;
            /**
             * @description Id of the owners' vote (plan-service, matter HIRE_PROPERTY_MANAGEMENT) of this community, closed and passed: more than half of the participating area and owners
             * @example 0b8f5c1e-7a0d-4a51-9f3e-2d7c9b1a4e66
             */
            voteId: string;
        };
        PagedModelAuditRecord: {
            content: components["schemas"]["AuditRecord"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelDeliveryView: {
            content: components["schemas"]["DeliveryView"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelMaintenanceTicket: {
            content: components["schemas"]["MaintenanceTicket"][];
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
        PartyBranch: {
            /**
             * Format: date
             * @example 2026-12-07
             */
            foundedOn: string | null;
            /**
             * Format: int32
             * @example 1
             */
            memberCount: number;
            /** @example district-tiexi */
            recordedBy: string | null;
            /** @example 王建国 */
            secretary: string | null;
            /** @example STANDALONE */
            type: string | null;
        };
        /** @description The party branch or group (党支部/党小组) */
        PartyBranchInput: {
            /**
             * Format: date
             * @example 2027-06-01
             */
            foundedOn: string;
            /**
             * Format: int32
             * @example 12
             */
            memberCount: number;
            /** @example 李书记 */
            secretary: string;
            /**
             * @description STANDALONE (独立), COMBINED (兼合式) or PARTY_GROUP (党小组)
             * @example COMBINED
             * @enum {string}
             */
            type: "STANDALONE" | "COMBINED" | "PARTY_GROUP";
        };
        PreparatoryGroup: {
            /** @example 王建国 */
            chair: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            formedOn: string | null;
            members: components["schemas"]["Member"][] | null;
            /** @example district-tiexi */
            recordedBy: string | null;
        };
        /** @description The preparatory group (筹备组) of the owners' committee */
        PreparatoryGroupInput: {
            /**
             * @description The street official chairing it
             * @example 街道办 王主任
             */
            chair: string;
            /**
             * Format: date
             * @example 2027-05-10
             */
            formedOn: string;
            members: components["schemas"]["GroupMemberInput"][];
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
        PropertyManager: {
            /** @example 沈阳幸福物业有限公司 */
            company: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            contractEnd: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            contractStart: string | null;
            /** @example ROOF_WATERPROOFING */
            creditCode: string | null;
            decision: components["schemas"]["OwnersDecision"] | null;
            /** @example true */
            earlyInvolvement: boolean;
            /** @example RED_PROPERTY */
            mode: string | null;
            /**
             * Format: int64
             * @example 1
             */
            monthlyFeePerM2: number | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            recordedAt: string | null;
            /** @example district-tiexi */
            recordedBy: string | null;
            /** @example 单元门禁已更换，验收合格 Entrance door control replaced, accepted */
            serviceStandard: string | null;
        };
        /** @description Property management after renovation */
        PropertyManagerInput: {
            /** @example 四平市红心物业服务有限公司 */
            company?: string | null;
            /**
             * Format: date
             * @example 2030-09-30
             */
            contractEnd: string;
            /**
             * Format: date
             * @example 2027-10-01
             */
            contractStart: string;
            /** @example 91220302MA0000003G */
            creditCode?: string | null;
            /**
             * @description Took part from the start of the renovation (提前介入)
             * @example true
             */
            earlyInvolvement: boolean;
            /**
             * @description RED_PROPERTY, ORIGINAL_UNIT or SELF_MANAGEMENT
             * @example RED_PROPERTY
             * @enum {string}
             */
            mode: "RED_PROPERTY" | "ORIGINAL_UNIT" | "SELF_MANAGEMENT";
            /**
             * Format: int64
             * @description Monthly fee per m² in fen, at most 100,000 (¥1,000)
             * @example 50
             */
            monthlyFeePerM2?: number | null;
            /** @description The owners' decision: required for every engagement, the first and each replacement (a replacement needs a decision of its own) */
            ownersDecision: components["schemas"]["OwnersDecisionInput"];
            /** @example 二级服务标准 */
            serviceStandard?: string | null;
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
        Result: {
            consentByArea: components["schemas"]["Fraction"] | null;
            consentByOwners: components["schemas"]["Fraction"] | null;
            /** @example true */
            passed: boolean;
            /** @example 3/4 */
            requiredConsent: string | null;
            /** @example 2/3 */
            requiredTurnout: string | null;
            /** @example 《民法典》第二百七十八条 Civil Code art. 278 */
            source: string | null;
            turnoutByArea: components["schemas"]["Fraction"] | null;
            turnoutByOwners: components["schemas"]["Fraction"] | null;
            /** @example true */
            valid: boolean;
        };
        /** @description A household's evaluation (效果共评): 1–5 per menu category, and overall */
        SatisfactionAnswer: {
            /**
             * Format: int32
             * @example 5
             */
            overall: number;
            /**
             * @example {
             *       "HOUSING_FUNCTION": 5,
             *       "INFRASTRUCTURE": 4
             *     }
             */
            scores: {
                [key: string]: number | null;
            };
        };
        SatisfactionPublished: {
            categories: components["schemas"]["CategoryScore"][] | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            communityId: string | null;
            /**
             * Format: int32
             * @example 1
             */
            households: number;
            /** @example 1.5 */
            overall: number | null;
            /**
             * Format: int32
             * @example 1
             */
            respondents: number;
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
        SelfGovernanceGroup: {
            /**
             * Format: date
             * @example 2026-12-07
             */
            formedOn: string | null;
            members: components["schemas"]["Member"][] | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            recordedAt: string | null;
            /** @example district-tiexi */
            recordedBy: string | null;
        };
        /** @description A resident self-governance group (居民自治小组) */
        SelfGovernanceGroupInput: {
            /**
             * Format: date
             * @example 2027-08-01
             */
            formedOn: string;
            /** @description At least three members */
            members: components["schemas"]["GroupMemberInput"][];
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
        /** @description Response-time figures of a community's tickets */
        TicketFigures: {
            /**
             * Format: double
             * @description Average hours from report to acknowledgement
             * @example 2.5
             */
            averageHoursToAcknowledge: number;
            /**
             * Format: double
             * @description Average hours from report to closing
             * @example 30
             */
            averageHoursToClose: number;
            /**
             * Format: int32
             * @example 3
             */
            open: number;
            /**
             * Format: int32
             * @example 12
             */
            tickets: number;
        };
        TicketInput: {
            /**
             * @example LIGHTING
             * @enum {string}
             */
            category: "ROOF" | "STAIRWELL" | "LIGHTING" | "DRAINAGE" | "ROAD" | "GREENERY" | "FACILITY" | "OTHER";
            /** @example 声控灯不亮 */
            description: string;
            /** @example 3号楼2单元楼道 */
            location: string;
            /**
             * @example [
             *       "photos/2026/12/6750a1c2.jpg"
             *     ]
             */
            photos?: (string | null)[] | null;
        };
        TicketStep: {
            /** @example 已更换灯泡 */
            note?: string | null;
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
    governanceAuditList: {
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
                     *       "instance": "/api/governance/audit-records",
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
                     *       "instance": "/api/governance/audit-records",
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
                     *       "instance": "/api/governance/audit-records",
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
                     *       "instance": "/api/governance/audit-records",
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
                     *       "instance": "/api/governance/audit-records",
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
                     *       "instance": "/api/governance/audit-records",
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
    governanceGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}",
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
                     *       "instance": "/api/governance/communities/{communityId}",
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
                     *       "instance": "/api/governance/communities/{communityId}",
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
                     *       "instance": "/api/governance/communities/{communityId}",
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
                     *       "instance": "/api/governance/communities/{communityId}",
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
                     *       "instance": "/api/governance/communities/{communityId}",
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
                     *       "instance": "/api/governance/communities/{communityId}",
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
    governanceOpenElection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitteeElectionInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (COMMITTEE_IN_TERM) (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "COMMITTEE_IN_TERM",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (COMMITTEE_IN_TERM) (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:committee-in-term"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (ELECTORATE_INCOMPLETE): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ELECTORATE_INCOMPLETE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (ELECTORATE_INCOMPLETE): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:electorate-incomplete"
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections",
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
    governanceBallot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                householdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitteeBallot"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/ballots/{householdId}",
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
    governanceCancelElection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElectionCancellation"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/cancellation",
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
    governanceCloseElection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/closing",
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
    governanceElectorate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["ElectionElector"][];
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/electorate",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/electorate",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/electorate",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/electorate",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/electorate",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/electorate",
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
                     *       "instance": "/api/governance/communities/{communityId}/committee-elections/current/electorate",
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
    governanceFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitteeFiling"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-committee/filing",
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
    governanceDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["ClosedOwnersVote"][];
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-decisions",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-decisions",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-decisions",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-decisions",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-decisions",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-decisions",
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
                     *       "instance": "/api/governance/communities/{communityId}/owners-decisions",
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
    governancePartyBranch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyBranchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
                     *       "instance": "/api/governance/communities/{communityId}/party-branch",
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
    governancePreparatory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreparatoryGroupInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/preparatory-group",
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
    governanceManager: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyManagerInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (OWNERS_DECISION_NOT_VALID, OWNERS_DECISION_ALREADY_USED): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "OWNERS_DECISION_NOT_VALID",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (OWNERS_DECISION_NOT_VALID, OWNERS_DECISION_ALREADY_USED): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:owners-decision-not-valid"
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
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
                     *       "instance": "/api/governance/communities/{communityId}/property-manager",
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
    governancePublished: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["SatisfactionPublished"];
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction",
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
    governanceSatisfaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                householdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionAnswer"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/answers/{householdId}",
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
    governanceCloseSatisfaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
                     *       "instance": "/api/governance/communities/{communityId}/satisfaction/closing",
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
    governanceGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfGovernanceGroupInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceRecord"];
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
                     *       "instance": "/api/governance/communities/{communityId}/self-governance-group",
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
    governanceTicketList: {
        parameters: {
            query?: {
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
            };
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["PagedModelMaintenanceTicket"];
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
    governanceTicketReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Required of other systems; a retry with the same key returns the first ticket
                 * @example 12345-20270315-0042
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceTicket"];
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets",
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
    governanceTicketStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                step: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketStep"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceTicket"];
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/{ticketId}/{step}",
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
    governanceTicketFigures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["TicketFigures"];
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/figures",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/figures",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/figures",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/figures",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/figures",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/figures",
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
                     *       "instance": "/api/governance/communities/{communityId}/tickets/figures",
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
    governanceDeadLetterList: {
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
                     *       "instance": "/api/governance/dead-letters",
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
                     *       "instance": "/api/governance/dead-letters",
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
                     *       "instance": "/api/governance/dead-letters",
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
                     *       "instance": "/api/governance/dead-letters",
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
                     *       "instance": "/api/governance/dead-letters",
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
    governanceDeadLetterReplay: {
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
                     *       "instance": "/api/governance/dead-letters/replay",
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
    governanceDictionaryAll: {
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
                     *       "instance": "/api/governance/dictionaries",
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
                     *       "instance": "/api/governance/dictionaries",
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
                     *       "instance": "/api/governance/dictionaries",
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
                     *       "instance": "/api/governance/dictionaries",
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
                     *       "instance": "/api/governance/dictionaries",
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
    governanceDictionaryOne: {
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
                     *       "instance": "/api/governance/dictionaries/{name}",
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
                     *       "instance": "/api/governance/dictionaries/{name}",
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
                     *       "instance": "/api/governance/dictionaries/{name}",
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
                     *       "instance": "/api/governance/dictionaries/{name}",
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
                     *       "instance": "/api/governance/dictionaries/{name}",
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
                     *       "instance": "/api/governance/dictionaries/{name}",
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
                     *       "instance": "/api/governance/dictionaries/{name}",
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
    governanceFeedRead: {
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
                     *       "instance": "/api/governance/feed",
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
                     *       "instance": "/api/governance/feed",
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
                     *       "instance": "/api/governance/feed",
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
                     *       "instance": "/api/governance/feed",
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
                     *       "instance": "/api/governance/feed",
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
                     *       "instance": "/api/governance/feed",
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
    governanceFeedEventTypes: {
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
                     *       "instance": "/api/governance/feed/event-types",
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
                     *       "instance": "/api/governance/feed/event-types",
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
                     *       "instance": "/api/governance/feed/event-types",
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
                     *       "instance": "/api/governance/feed/event-types",
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
                     *       "instance": "/api/governance/feed/event-types",
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
    governanceFeedHead: {
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
                     *       "instance": "/api/governance/feed/head",
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
                     *       "instance": "/api/governance/feed/head",
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
                     *       "instance": "/api/governance/feed/head",
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
                     *       "instance": "/api/governance/feed/head",
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
                     *       "instance": "/api/governance/feed/head",
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
    governanceWebhookList: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
    governanceWebhookCreate: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
                     *       "instance": "/api/governance/webhooks/subscriptions",
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
    governanceWebhookGet: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
    governanceWebhookDelete: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}",
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
    governanceWebhookDeliveries: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/deliveries",
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
    governanceWebhookReplay: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/replays",
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
    governanceWebhookResume: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/resumption",
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
    governanceWebhookRotateSecret: {
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/governance/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
