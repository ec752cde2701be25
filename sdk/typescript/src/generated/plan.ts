// Generated from docs/api/plan.openapi.json by scripts/generate.mjs: do not edit.
export interface paths {
    "/api/plan/audit-records": {
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
        get: operations["planAuditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List registered communities
         * @description Sort by name, buildYear, registeredAt or households. Page size at most 200.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planCommunityList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a registered community
         * @description Appears within about a second of its registration in survey-service.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planCommunityGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/dead-letters": {
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
        get: operations["planDeadLetterList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/dead-letters/replay": {
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
        post: operations["planDeadLetterReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/dictionaries": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planDictionaryAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/dictionaries/{name}": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planDictionaryOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/feed": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planFeedRead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/feed/event-types": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planFeedEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/feed/head": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planFeedHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/living-circles/communities/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The living circles around a community (生活圈)
         * @description For each circle (5, 10, 15 minutes: 300, 500, 1,000 m walk, GB 50180-2018) and each facility type of it: the nearest facility and its estimated walking distance, or the gap and the public-service (提升类) menu item that fills it.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planLivingCircleCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/living-circles/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service facilities of your district
         * @description Filter by type; sort by name or type.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planLivingCircleFacilities"];
        put?: never;
        /**
         * Register a service facility (配套设施)
         * @description District office or street: a facility of your district, with its type (dictionary facilityTypes) and WGS-84 position.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["planLivingCircleAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/living-circles/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a facility of your district (closed or entered by mistake)
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        delete: operations["planLivingCircleRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/living-circles/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Living-circle gaps of your communities
         * @description Per community, the facility types missing within reach in each circle and the menu items suggested; communities without a surveyed position are listed as not located. Sorted by the most gaps first.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planLivingCircleGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/menu-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The menu catalogue
         * @description The items your district offers (the city's defaults, replaced or extended by the district's own), in "inside first" order (先里子、后面子). City-wide callers see the defaults, or a district's with districtCode. Unit costs in fen.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planMenuItems"];
        put?: never;
        /**
         * Add a district's own item (增加菜单项目)
         * @description District office; offered in its district only. Announces plan.MenuItemPublished.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["planMenuAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/menu-items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One menu item, as your district has it
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 参建单位 UNIT, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planMenuItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/menu-items/{code}/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire an item (停用菜单项目)
         * @description No longer offered (in the district, or — by the city office — everywhere); it stays readable. Announces plan.MenuItemRetired.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE
         */
        post: operations["planMenuRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/menu-items/{code}/unit-cost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Re-price an item (调整单价)
         * @description A district office re-prices it for its district (the city's default stays); the city office re-prices the default. Plans already drafted keep their prices until their content is set again. Announces plan.MenuItemPublished.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE
         */
        put: operations["planMenuReprice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Filter by district, street and status; sort by createdAt, updatedAt, status or communityName.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planList"];
        put?: never;
        /**
         * Start a community's plan (制定方案)
         * @description Only for a community in survey's reserve library; one plan per community (a second start is 409 PLAN_EXISTS naming the first). District office.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["planStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a plan
         * @description With the residents' questionnaire counts beside each item and the funding gap.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve (批复)
         * @description City office approves the submitted revision. Announces plan.PlanApproved with items, cost, planned funding, schedule and the buildings, households and area covered.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE
         */
        post: operations["planApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the plan's items and funding (编制方案内容)
         * @description Replaces items and planned funding while the plan is a draft or returned. Items must be in the menu and not retired; costs are quantity × the menu's unit cost in fen. ELEVATOR_RETROFIT only for exactly one entrance and on the records of its pilot conditions (elevatorPilot: the entrance's passed owners' vote, the inspection report, the assessment; 422 ELEVATOR_PILOT_CONDITION_UNMET otherwise). Funding may still have a gap in a draft; submission needs it to add up. To learn the cost first, ask for a quote.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        put: operations["planContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between two revisions
         * @description Item lines added, removed and changed field by field; funding; total cost.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/preparation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record feasibility, project approval and tender preparation (可研、立项、招标准备)
         * @description District office, after approval.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        put: operations["planPrepare"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price content without saving it (方案测算)
         * @description The same items and funding as PUT …/content, checked and priced the same way, nothing stored and no If-Match: each line's cost, the total, the funding so far and the gap — and, instead of a refusal, the elevator pilot records still missing (unmet). Malformed content is 400 as when saving.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["planQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return with opinions (退回修改)
         * @description City office: opinions on item lines or the whole plan; the district office revises and submits again. Announces plan.PlanReturned.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE
         */
        post: operations["planReturnPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The submitted revisions (修改稿), oldest first
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One revision as submitted
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/plans/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review (报市旧改办审核)
         * @description Freezes the content as a new revision. Needs items, funding that adds up to the cost exactly, the community still in the reserve, and a passed owners' renovation vote (民法典 第278条). Announces plan.PlanSubmitted.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["planSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Communities of the programme with their stage and place (for lists and maps)
         * @description Filtered by year (batch), stage and street. Sort by name, buildYear, households, floorArea or stage (in programme order). Page size at most 200.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planProgrammeCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/communities/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One community of the programme: stage, figures, funding and early warning (小区详情)
         * @description What the community list shows for one community, for the console's community page.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planProgrammeCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/communities/{communityId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A community's story, event by event (全过程记录)
         * @description Every event about it from survey to handover, in order, in pages. Residents of the community see the published parts.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planProgrammeTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is late and whose duty it is (逾期事项)
         * @description Late milestones (the contractor), open inspection findings (the responsible unit via the housing bureau), and batch communities not accepted by the year's deadline (the district office).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planSupervisionOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live progress per stage in the four units (进度总览)
         * @description Communities at or beyond each stage — registered → eligible → reserved → planned → approved → under construction → accepted → evaluated → handed over → long-term management — as counts, buildings, households and m²; with a year, only that year's batch and against the place's own yardstick (targetBasis): a district's programme targets, a street's share of its district's batch (a street office always sees its own street), the city's sum of its districts' targets. Kept from every service's events.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planProgrammeOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranking of streets, or of districts (排名通报)
         * @description by=street (default) or by=district; progress = mean stage of the communities as a percentage of long-term management, ties by communities handed over.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planSupervisionRankings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/returns.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statistical return (统计报表) as .xlsx
         * @description Generated from the data, never typed twice: basic information per community (基本情况), the annual plan against its batch (年度计划), progress per stage (进度), results (成果: acceptance, handover, long-term management, residents' satisfaction) and funding per channel (资金, in fen).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planSupervisionReturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme years of your district, newest first
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planProgrammeYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme year of your district
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planProgrammeYear"];
        /**
         * Set a programme year (年度计划)
         * @description District office: targets in the four units, deadline, and the cap on by-proportion (post-2000) communities in the batch.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        put: operations["planProgrammeSetYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/programme/years/{year}/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose the year's batch from the reserve (选定年度改造批次)
         * @description Reserved communities of your district in urgency order until the communities target is met; the reason for every skip is recorded: IN_ANOTHER_BATCH, BY_PROPORTION_CAP (the share of post-2000 communities would exceed the cap), TARGET_REACHED. Chosen again, the batch is rebuilt (communities stay in it).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["planProgrammeChooseBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List votes
         * @description Filter by community, matter and status; residents see their community's votes.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planVoteList"];
        put?: never;
        /**
         * Open an owners' vote (发起业主表决)
         * @description The electorate is every owner on the community's household rolls (for ELEVATOR_RETROFIT: the owners of one entrance), a multi-unit owner once by head with the exclusive areas summed. Every building needs its roll (422 HOUSEHOLD_ROLL_MISSING otherwise).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["planVoteOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/votes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A vote with its tally
         * @description Turnout and consent by area and by head as exact fractions (m² with two decimals, owners) and percentages; whether it is valid and passed.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planVoteGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/votes/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ballots (表决票), in pages
         * @description Which household each owner voted for, how, through which channel and who recorded it; in the order they were cast.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planVoteBallots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/votes/{id}/ballots/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Cast or replace a ballot (投票)
         * @description A resident votes online for their own household; the district office or the street records a paper ballot. The ballot is the owner's: for an owner of several units it counts once by head with all their area, and a later ballot replaces the earlier one while the vote is open (422 VOTE_CLOSED after).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET, 居民 RESIDENT
         */
        put: operations["planVoteCast"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/votes/{id}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the vote (结束表决)
         * @description Fixes the result and announces plan.OwnerVoteClosed. Valid when owners with ≥ 2/3 of the exclusive area AND ≥ 2/3 of the owners took part; passed when, of the participants, ≥ 3/4 by area AND by head agreed (renovation, elevator, raising maintenance funds, changing the use of common parts) or more than half of each (other matters).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["planVoteClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/votes/{id}/paper-ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter a stack of paper ballots (纸质选票批量录入)
         * @description The district office or the street enters up to 2,000 paper ballots in one request, no ETag needed: each row is recorded as a single ballot would be, or refused on its own (NOT_IN_ELECTORATE) without holding back the others; the answer gives each row's outcome beside the vote's tally. 422 VOTE_CLOSED when the vote is closed.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["planVotePaperBallots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/webhooks/subscriptions": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planWebhookList"];
        put?: never;
        /**
         * Subscribe (订阅) (INTEGRATION, CITY_OFFICE)
         * @description Events of the chosen types and place are POSTed to the URL as CloudEvents (application/cloudevents+json), signed with the returned secret as the Standard Webhooks specification describes (webhook-id, webhook-timestamp, webhook-signature), one at a time in order, at least once: a receiver recognises a repeat by its webhook-id. Failed deliveries are retried, waiting from 5 s doubling to 1 h, for 72 hours; then the subscription pauses with the reason. The place must be one the caller may read. A retry with the same Idempotency-Key returns the first subscription.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        post: operations["planWebhookCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/webhooks/subscriptions/{subscriptionId}": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planWebhookGet"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe: deliveries stop at once
         * @description Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): plan.read
         */
        delete: operations["planWebhookDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        get: operations["planWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/webhooks/subscriptions/{subscriptionId}/replays": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        post: operations["planWebhookReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        post: operations["planWebhookResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations": {
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
         *     Scopes of other systems (系统对接权限): plan.read
         */
        post: operations["planWebhookRotateSecret"];
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
        /** @description A programme year (年度计划): targets, deadline, the by-proportion cap and the batch chosen, with every reserved community left out and why */
        AnnualProgramme: {
            /**
             * @example [
             *       "6750a1c2e4b0a1b2c3d4e5f6"
             *     ]
             */
            batch: (string | null)[] | null;
            /**
             * Format: int32
             * @description At most this percentage of the batch may be by-proportion (post-2000) communities
             * @example 20
             */
            byProportionCapPercent: number;
            /** @example district-tiexi */
            createdBy: string | null;
            /**
             * Format: date
             * @example 2027-07-31
             */
            deadline: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /** @example 220302-2026 */
            id: string | null;
            skipped: components["schemas"]["BatchSkip"][] | null;
            targets: components["schemas"]["ProgrammeTargets"] | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            updatedAt: string | null;
            /**
             * Format: int64
             * @description Changes with every save
             * @example 1
             */
            version: number | null;
            /**
             * Format: int32
             * @example 2026
             */
            year: number;
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
        /** @description An owner's ballot for a household; a resident votes online for their own, the district office or the street records a paper ballot */
        Ballot: {
            /**
             * @description YES (同意), NO (反对) or ABSTAIN (弃权)
             * @example YES
             * @enum {string}
             */
            choice: "YES" | "NO" | "ABSTAIN";
        };
        BatchSkip: {
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            communityId: string | null;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /**
             * @description IN_ANOTHER_BATCH, BY_PROPORTION_CAP or TARGET_REACHED
             * @example BY_PROPORTION_CAP
             */
            reason: string | null;
        };
        BuildingFacts: {
            /**
             * Format: int32
             * @example 1
             */
            entrances: number | null;
            /** @example 1.5 */
            floorArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            floors: number | null;
            /** @example true */
            hasElevator: boolean;
            /**
             * Format: int32
             * @example 1
             */
            households: number;
            /** @example 3 */
            number: string | null;
        };
        /** @description Funding of one channel (资金渠道), fen: planned in approved plans, pledged and received in the funding ledger (refunds and reversals deducted) */
        ChannelFigures: {
            /** @example GOVERNMENT_DISTRICT */
            channel: string | null;
            label: components["schemas"]["Label"] | null;
            /**
             * Format: int64
             * @example 9436000
             */
            planned: number;
            /**
             * Format: int64
             * @example 9436000
             */
            pledged: number;
            /**
             * Format: int64
             * @example 8000000
             */
            received: number;
        };
        CircleReach: {
            /**
             * @example FIVE_MINUTE
             * @enum {string|null}
             */
            circle: "FIVE_MINUTE" | "TEN_MINUTE" | "FIFTEEN_MINUTE" | null;
            label: components["schemas"]["Label"] | null;
            /**
             * Format: int32
             * @description Facility types of the circle missing within reach
             * @example 1
             */
            missing: number;
            /**
             * Format: int32
             * @example 1
             */
            reachMetres: number;
            types: components["schemas"]["FacilityReach"][] | null;
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
        /** @description The living circles around one community */
        CommunityLivingCircles: {
            /**
             * @description How reach is judged, and the rule it comes from
             * @example 楼道照明不足 Stairwell lighting is poor
             */
            basis: string | null;
            circles: components["schemas"]["CircleReach"][] | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            communityId: string | null;
            /** @example true */
            located: boolean;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /**
             * @description Distinct menu items suggested for the gaps
             * @example [
             *       "ROOF_WATERPROOFING"
             *     ]
             */
            suggestedMenuItems: (string | null)[] | null;
        };
        /** @description Burn-up: communities accepted (竣工验收) up to and including a date, cumulative, in the four units */
        CompletionPoint: {
            /**
             * Format: int32
             * @example 1
             */
            buildings: number;
            /**
             * Format: int32
             * @example 1
             */
            communities: number;
            /**
             * Format: date
             * @example 2026-12-07
             */
            date: string | null;
            /** @example 1.5 */
            floorArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            households: number;
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
        /** @description 加装电梯试点条件 (seed 四(三)1) and the record behind each: 居民协商同意 the owners' vote of the entrance, 房屋安全检测达标 the inspection report, 建设条件允许 the assessment, 建设资金落实 the plan's own funding covering its whole cost */
        ElevatorPilot: {
            /**
             * Format: date
             * @description Date of that assessment
             * @example 2027-02-20
             */
            conditionsAssessedOn: string | null;
            /**
             * @description Reference of the building-conditions assessment (建设条件评估)
             * @example 铁西住建评〔2027〕008号
             */
            conditionsAssessmentReference: string | null;
            /**
             * @description 建设资金落实: whether the plan's funding covers its whole cost, this line included (required at submission)
             * @example true
             */
            fundsInPlace: boolean;
            /**
             * @description The passed ELEVATOR_RETROFIT owners' vote of this entrance (居民协商同意)
             * @example 6750a1c2e4b0a1b2c3d4e5f6
             */
            ownersVoteId: string | null;
            /**
             * Format: date
             * @description Date of the safety inspection report
             * @example 2027-02-10
             */
            safetyInspectedOn: string | null;
            /**
             * @description Safety inspection report number (房屋安全检测报告编号)
             * @example 铁西房检〔2027〕015号
             */
            safetyReportNumber: string | null;
        };
        /** @description 加装电梯试点条件 (seed 四(三)1): the record behind each condition, never a flag. 居民协商同意 is the passed owners' vote of this entrance; 房屋安全检测达标 the safety inspection report; 建设条件允许 the building-conditions assessment; 建设资金落实 is the plan's own funding, which must cover the whole cost when the plan is submitted */
        ElevatorPilotInput: {
            /**
             * Format: date
             * @description Date of that assessment, not in the future
             * @example 2027-02-20
             */
            conditionsAssessedOn: string;
            /**
             * @description Reference of the building-conditions assessment (建设条件评估: structure, pipelines, fire access, daylight)
             * @example 铁西住建评〔2027〕008号
             */
            conditionsAssessmentReference: string;
            /**
             * @description Id of the owners' vote (matter ELEVATOR_RETROFIT) of this building and entrance, closed and passed (Civil Code art. 278: ≥ 3/4 of the participating area and owners)
             * @example 0b7c5e1a-6f1e-4c1e-9a55-2d0b7d1c9e42
             */
            ownersVoteId: string;
            /**
             * Format: date
             * @description Date of the safety inspection report, not in the future
             * @example 2027-02-10
             */
            safetyInspectedOn: string;
            /**
             * @description Safety inspection report number (房屋安全检测报告编号)
             * @example 铁西房检〔2027〕015号
             */
            safetyReportNumber: string;
        };
        Entrance: {
            /** @example 3 */
            building: string | null;
            /** @example 2 */
            entrance: string | null;
        };
        EntranceInput: {
            /** @example 1 */
            building: string;
            /** @example 2 */
            entrance: string;
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
        /** @description A service facility of a district (配套设施) */
        Facility: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            createdAt: string | null;
            /** @example district-tiexi */
            createdBy: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /** @example 5b0e9f0e-2b7c-4a53-9d1e-6f3b1a2c4d5e */
            id: string | null;
            /** @example 43.1711 */
            latitude: number | null;
            /** @example 124.3498 */
            longitude: number | null;
            /** @example 北山幼儿园 */
            name: string | null;
            /**
             * @example KINDERGARTEN
             * @enum {string|null}
             */
            type: "COMMUNITY_SERVICE_STATION" | "CULTURE_ACTIVITY_STATION" | "OUTDOOR_FITNESS" | "KINDERGARTEN" | "ELDERLY_DAY_CARE" | "HEALTH_STATION" | "CONVENIENCE_SHOPS" | "PARKING" | "PRIMARY_SCHOOL" | "FOOD_MARKET" | "MEDIUM_SPORTS_GROUND" | "MIDDLE_SCHOOL" | "HEALTH_CENTRE" | "ELDERLY_CARE_HOME" | "CULTURE_CENTRE" | "STREET_SERVICE_CENTRE" | "LARGE_SPORTS_GROUND" | null;
        };
        /** @description A service facility of your district */
        FacilityInput: {
            /** @example 43.1711 */
            latitude: number;
            /** @example 124.3498 */
            longitude: number;
            /** @example 北山幼儿园 */
            name: string;
            /**
             * @example KINDERGARTEN
             * @enum {string}
             */
            type: "COMMUNITY_SERVICE_STATION" | "CULTURE_ACTIVITY_STATION" | "OUTDOOR_FITNESS" | "KINDERGARTEN" | "ELDERLY_DAY_CARE" | "HEALTH_STATION" | "CONVENIENCE_SHOPS" | "PARKING" | "PRIMARY_SCHOOL" | "FOOD_MARKET" | "MEDIUM_SPORTS_GROUND" | "MIDDLE_SCHOOL" | "HEALTH_CENTRE" | "ELDERLY_CARE_HOME" | "CULTURE_CENTRE" | "STREET_SERVICE_CENTRE" | "LARGE_SPORTS_GROUND";
        };
        /** @description A facility type of a circle: the nearest facility within reach, or the gap with the menu item that would fill it */
        FacilityReach: {
            /**
             * Format: int32
             * @description Estimated walking distance to it, m
             * @example 240
             */
            distance: number | null;
            label: components["schemas"]["Label"] | null;
            /**
             * @description Nearest facility of the type, if any in the district
             * @example 铁西区第三幼儿园
             */
            nearest: string | null;
            /** @example true */
            present: boolean;
            /**
             * @description Menu item (提升类) suggested for the gap
             * @example OLD_BUILDING_REUSE
             */
            suggestedMenuItem: string | null;
            /** @example 幼儿园 Kindergarten */
            suggestedMenuItemLabel: string | null;
            /**
             * @example COMMUNITY_SERVICE_STATION
             * @enum {string|null}
             */
            type: "COMMUNITY_SERVICE_STATION" | "CULTURE_ACTIVITY_STATION" | "OUTDOOR_FITNESS" | "KINDERGARTEN" | "ELDERLY_DAY_CARE" | "HEALTH_STATION" | "CONVENIENCE_SHOPS" | "PARKING" | "PRIMARY_SCHOOL" | "FOOD_MARKET" | "MEDIUM_SPORTS_GROUND" | "MIDDLE_SCHOOL" | "HEALTH_CENTRE" | "ELDERLY_CARE_HOME" | "CULTURE_CENTRE" | "STREET_SERVICE_CENTRE" | "LARGE_SPORTS_GROUND" | null;
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
        FieldProblem: {
            /** @example buildings[0].households */
            field: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            message: string | null;
        };
        Fraction: {
            /** @example 4 */
            denominator: string | null;
            /** @example 3 */
            numerator: string | null;
            /** @example 1.5 */
            percent: number | null;
        };
        /** @description A planned source (谁受益、谁出资) */
        FundingSourceInput: {
            /**
             * Format: int64
             * @description Amount in fen (分), at most 1,000,000,000,000 (¥10 billion); all sources together within the same bound
             * @example 12500000
             */
            amount: number;
            /**
             * @description Channel (dictionary fundingChannels)
             * @example GOVERNMENT_DISTRICT
             * @enum {string}
             */
            channel: "RESIDENTS" | "ORIGINAL_PROPERTY_UNIT" | "UTILITY_OPERATOR" | "SOCIAL_CAPITAL" | "GOVERNMENT_CENTRAL" | "GOVERNMENT_PROVINCIAL" | "GOVERNMENT_CITY" | "GOVERNMENT_DISTRICT" | "MAINTENANCE_FUND" | "REWARD_INSTEAD_OF_SUBSIDY";
            /**
             * @description Payer: required for original unit, utility operator and social capital
             * @example 四平市供水公司
             */
            payer?: string | null;
            /**
             * @description For UTILITY_OPERATOR: which network
             * @example WATER
             * @enum {string|null}
             */
            utility?: "WATER" | "POWER" | "GAS" | "HEATING" | "TELECOM" | "CABLE_TV" | null;
        };
        ItemCount: {
            /** @example ROOF_WATERPROOFING */
            code: string | null;
            /**
             * Format: int32
             * @example 1
             */
            households: number;
        };
        Label: {
            /** @example Completed */
            en: string | null;
            /** @example 已竣工 */
            zh: string | null;
        };
        /** @description A community's gaps, counted per circle */
        LivingCircleGaps: {
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            communityId: string | null;
            /**
             * Format: int32
             * @example 1
             */
            fifteenMinute: number;
            /**
             * Format: int32
             * @example 1
             */
            fiveMinute: number;
            /** @example true */
            located: boolean;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /** @example 220302001 */
            streetCode: string | null;
            /**
             * @example [
             *       "ROOF_WATERPROOFING"
             *     ]
             */
            suggestedMenuItems: (string | null)[] | null;
            /**
             * Format: int32
             * @example 1
             */
            tenMinute: number;
        };
        /** @description A new unit cost in fen */
        MenuItemPrice: {
            /**
             * Format: int64
             * @example 8800
             */
            unitCost: number;
        };
        /** @description A district's own menu item */
        NewMenuItem: {
            /**
             * @example INFRASTRUCTURE
             * @enum {string}
             */
            category: "HOUSING_FUNCTION" | "INFRASTRUCTURE" | "PUBLIC_SERVICES" | "LIVING_ENVIRONMENT";
            /** @example SNOW_MELTING_DRAINS */
            code: string;
            /** @example Snow-melt drains */
            labelEn: string;
            /** @example 融雪排水沟 */
            labelZh: string;
            /**
             * @example BASIC
             * @enum {string}
             */
            nationalClass: "BASIC" | "IMPROVEMENT" | "UPGRADE";
            /** @example m */
            unit: string;
            /**
             * Format: int64
             * @description Unit cost in fen
             * @example 45000
             */
            unitCost: number;
        };
        /** @description An owners' vote to open (业主表决). The electorate is fixed from the household rolls as they are now. */
        OpenOwnerVote: {
            /**
             * @description For ELEVATOR_RETROFIT: the building
             * @example 1
             */
            buildingNumber?: string | null;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string;
            /**
             * @description For ELEVATOR_RETROFIT: the entrance (单元)
             * @example 1
             */
            entrance?: string | null;
            /**
             * @description The matter (dictionary voteMatters); ELEVATOR_RETROFIT is voted per entrance
             * @example RENOVATION
             * @enum {string}
             */
            matter: "RENOVATION" | "ELEVATOR_RETROFIT" | "RAISE_MAINTENANCE_FUND" | "CHANGE_COMMON_PARTS_USE" | "USE_MAINTENANCE_FUND" | "ELECT_COMMITTEE" | "HIRE_PROPERTY_MANAGEMENT" | "OTHER";
            /** @example 北山小区老旧小区改造方案业主表决 */
            title: string;
        };
        Opinion: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            at: string | null;
            /** @example district-tiexi */
            by: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            lineId: string | null;
            /**
             * Format: int32
             * @example 1
             */
            revision: number;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            text: string | null;
        };
        OpinionInput: {
            /**
             * @description The item line it is about; empty for the whole plan
             * @example ROOF_WATERPROOFING@all
             */
            lineId?: string | null;
            /** @example 屋面防水面积与测绘不符，请核实 */
            text: string;
        };
        /** @description Something late and whose duty it is */
        Overdue: {
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            communityId: string | null;
            /**
             * Format: int32
             * @example 2
             */
            count: number;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /**
             * @description Who must act: the contractor, the housing bureau, the district office
             * @example CONTRACTOR
             */
            responsible: string | null;
            /** @example LATE_MILESTONES */
            what: string | null;
        };
        OwnerVote: {
            /**
             * Format: int32
             * @description Owners who have voted
             * @example 41
             */
            ballots: number;
            /** @example null */
            buildingNumber: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            closedAt: string | null;
            /** @example district-tiexi */
            closedBy: string | null;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /**
             * @description Their exclusive area m²
             * @example 3512.4
             */
            electorateArea: number | null;
            /**
             * Format: int32
             * @description Owners who may vote
             * @example 56
             */
            electorateOwners: number;
            /** @example null */
            entrance: string | null;
            /** @example 0b8f5c1e-7a0d-4a51-9f3e-2d7c9b1a4e66 */
            id: string | null;
            /**
             * @example RENOVATION
             * @enum {string|null}
             */
            matter: "RENOVATION" | "ELEVATOR_RETROFIT" | "RAISE_MAINTENANCE_FUND" | "CHANGE_COMMON_PARTS_USE" | "USE_MAINTENANCE_FUND" | "ELECT_COMMITTEE" | "HIRE_PROPERTY_MANAGEMENT" | "OTHER" | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            openedAt: string | null;
            /** @example street-tiexi */
            openedBy: string | null;
            result: components["schemas"]["Result"] | null;
            /**
             * @description Needs 3/4 of the participants (else more than half)
             * @example true
             */
            specialMatter: boolean;
            /**
             * @example OPEN
             * @enum {string|null}
             */
            status: "OPEN" | "CLOSED" | null;
            /** @example 北山小区老旧小区改造方案业主表决 */
            title: string | null;
            /**
             * Format: int64
             * @example 1
             */
            version: number;
        };
        OwnerVoteSummary: {
            /** @example 3 */
            buildingNumber: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            closedAt: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            communityId: string | null;
            /** @example 2 */
            entrance: string | null;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /**
             * @example RENOVATION
             * @enum {string|null}
             */
            matter: "RENOVATION" | "ELEVATOR_RETROFIT" | "RAISE_MAINTENANCE_FUND" | "CHANGE_COMMON_PARTS_USE" | "USE_MAINTENANCE_FUND" | "ELECT_COMMITTEE" | "HIRE_PROPERTY_MANAGEMENT" | "OTHER" | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            openedAt: string | null;
            /**
             * @example OPEN
             * @enum {string|null}
             */
            status: "OPEN" | "CLOSED" | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            title: string | null;
        };
        PagedModelAuditRecord: {
            content: components["schemas"]["AuditRecord"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelBallot: {
            content: components["schemas"]["Ballot"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelDeliveryView: {
            content: components["schemas"]["DeliveryView"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelFacility: {
            content: components["schemas"]["Facility"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelOwnerVoteSummary: {
            content: components["schemas"]["OwnerVoteSummary"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelPlan: {
            content: components["schemas"]["Plan"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelPlanCommunity: {
            content: components["schemas"]["PlanCommunity"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelProgrammeCommunitySummary: {
            content: components["schemas"]["ProgrammeCommunitySummary"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelSubscriptionView: {
            content: components["schemas"]["SubscriptionView"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelTimelineEntry: {
            content: components["schemas"]["TimelineEntry"][];
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
        /** @description One paper ballot: the household it was cast for and the choice */
        PaperBallot: {
            /**
             * @description YES (同意), NO (反对) or ABSTAIN (弃权)
             * @example YES
             * @enum {string}
             */
            choice: "YES" | "NO" | "ABSTAIN";
            /** @example 1-1-101 */
            householdId: string;
        };
        /** @description One row: recorded, or why not */
        PaperBallotRow: {
            /** @example 1-1-101 */
            householdId: string | null;
            /**
             * Format: int32
             * @description The row's index in ballots[]
             * @example 0
             */
            index: number;
            /** @example true */
            recorded: boolean;
            /**
             * @description Why the row was refused (NOT_IN_ELECTORATE); null when recorded
             * @example NOT_IN_ELECTORATE
             */
            refusal: string | null;
        };
        /** @description A stack of paper ballots entered at once (纸质选票批量录入) */
        PaperBallots: {
            /** @description One row per ballot; a later row of the same owner replaces an earlier one, as separate ballots would */
            ballots: components["schemas"]["PaperBallot"][];
        };
        /** @description The outcome of each row of a stack of paper ballots */
        PaperBallotsResult: {
            rows: components["schemas"]["PaperBallotRow"][] | null;
            vote: components["schemas"]["OwnerVote"] | null;
        };
        /** @description A community plan (一小区一方案) */
        Plan: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            approvedAt: string | null;
            /** @example district-tiexi */
            approvedBy: string | null;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /** @example 北山小区 */
            communityName: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            createdAt: string | null;
            /** @example district-tiexi */
            createdBy: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /**
             * Format: int64
             * @description Planned funding in fen
             * @example 98765400
             */
            funded: number;
            funding: components["schemas"]["Source"][] | null;
            /**
             * Format: int64
             * @description Cost not yet covered by planned funding, fen (negative: over-funded)
             * @example 0
             */
            fundingGap: number;
            /** @example 3b0f6a52-8c1e-3f7a-9a55-1c2d3e4f5a6b */
            id: string | null;
            items: components["schemas"]["PlanLine"][] | null;
            opinions: components["schemas"]["Opinion"][] | null;
            preparation: components["schemas"]["Preparation"] | null;
            /**
             * Format: int32
             * @description Questionnaire respondents of the community
             * @example 41
             */
            respondents: number | null;
            /**
             * Format: int32
             * @description Number of submitted revisions
             * @example 1
             */
            revisions: number;
            /**
             * @example DRAFT
             * @enum {string|null}
             */
            status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | null;
            statusLabel: components["schemas"]["Label"] | null;
            /** @example 220302001 */
            streetCode: string | null;
            /**
             * Format: int64
             * @description Cost estimate in fen (分), the sum of the item costs
             * @example 98765400
             */
            totalCost: number;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            updatedAt: string | null;
            /**
             * Format: int64
             * @description Version, also sent as ETag
             * @example 0
             */
            version: number;
        };
        /** @description A registered community as known to plan-service (from survey events) */
        PlanCommunity: {
            /**
             * Format: int32
             * @description Buildings (楼栋数)
             * @example 2
             */
            buildingCount: number;
            buildings: components["schemas"]["BuildingFacts"][] | null;
            /**
             * Format: int32
             * @example 1994
             */
            buildYear: number;
            /** @example 220302 */
            districtCode: string | null;
            /**
             * @description Eligibility outcome from survey
             * @example PRIORITY
             */
            eligibility: string | null;
            /**
             * @description Floor area in m² (建筑面积)
             * @example 5600.5
             */
            floorArea: number | null;
            /**
             * Format: int32
             * @description Households (户数)
             * @example 84
             */
            households: number;
            /** @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01 */
            id: string | null;
            /** @example 北山小区 */
            name: string | null;
            /**
             * Format: date-time
             * @description When survey-service registered it
             * @example 2026-12-07T08:30:00Z
             */
            registeredAt: string | null;
            /**
             * @description RESERVED while in survey's reserve library (plans only then)
             * @example RESERVED
             */
            reserveStatus: string | null;
            /** @description Household rolls (户册) received from survey, per building — the electorate of owners' votes. Only when reading one community. */
            rolls: components["schemas"]["PlanHouseholdRollSummary"][] | null;
            /**
             * Format: int64
             * @description Newest survey event version applied
             * @example 1
             */
            sourceVersion: number;
            /** @example 220302001 */
            streetCode: string | null;
            /** @description Residents' questionnaire tallies from survey */
            tally: components["schemas"]["Tally"] | null;
            /**
             * @description Urgency score from survey
             * @example 40.37
             */
            urgencyScore: number | null;
        };
        /** @description The whole content of a plan: items and planned funding. Costs are computed from the menu's unit costs; the funding must add up to the cost before submission. */
        PlanContent: {
            /** @description Planned funding sources (资金来源) */
            funding: components["schemas"]["FundingSourceInput"][];
            /** @description Plan items (改造内容) */
            items: components["schemas"]["PlanItemInput"][];
        };
        PlanDiff: {
            /**
             * @example [
             *       "ROOF_WATERPROOFING@all"
             *     ]
             */
            added: (string | null)[] | null;
            changed: components["schemas"]["PlanLineChange"][] | null;
            /**
             * Format: int32
             * @example 1
             */
            from: number;
            fundingAfter: components["schemas"]["Source"][] | null;
            /** @description Funding sources before and after, when they differ */
            fundingBefore: components["schemas"]["Source"][] | null;
            /**
             * @example [
             *       "ROOF_WATERPROOFING@all"
             *     ]
             */
            removed: (string | null)[] | null;
            /**
             * Format: int32
             * @example 2
             */
            to: number;
            /**
             * Format: int64
             * @example 97000000
             */
            totalCostAfter: number;
            /**
             * Format: int64
             * @example 98765400
             */
            totalCostBefore: number;
        };
        PlanFieldChange: {
            /** @example 1180.00 */
            after: string | null;
            /** @example 1250.50 */
            before: string | null;
            /** @example quantity */
            field: string | null;
        };
        PlanHouseholdRollSummary: {
            /** @example 1 */
            buildingNumber: string | null;
            /**
             * Format: int32
             * @example 48
             */
            households: number;
            /**
             * Format: int64
             * @description Survey event version it came with
             * @example 7
             */
            sourceVersion: number;
        };
        /** @description A menu item for a scope: the whole community (no buildings, no entrances), listed buildings, or — for ELEVATOR_RETROFIT, always — exactly one entrance */
        PlanItemInput: {
            /**
             * @description Buildings (楼号); empty for the whole community
             * @example [
             *       "1",
             *       "2"
             *     ]
             */
            buildings?: (string | null)[] | null;
            /**
             * @description Menu item code
             * @example ROOF_WATERPROOFING
             */
            code: string;
            /** @description For ELEVATOR_RETROFIT (required; not allowed for other items): the records behind the pilot conditions */
            elevatorPilot?: components["schemas"]["ElevatorPilotInput"] | null;
            /** @description Entrances (单元), for ELEVATOR_RETROFIT exactly one */
            entrances?: components["schemas"]["EntranceInput"][] | null;
            /**
             * Format: date
             * @description Planned finish, not before the start
             * @example 2027-06-30
             */
            plannedFinish: string;
            /**
             * Format: date
             * @description Planned start
             * @example 2027-04-01
             */
            plannedStart: string;
            /**
             * @description Quantity in the item's unit, at most two decimals
             * @example 1250.5
             */
            quantity: number;
        };
        PlanLine: {
            /**
             * @example [
             *       "3"
             *     ]
             */
            buildings: (string | null)[] | null;
            /** @example ROOF_WATERPROOFING */
            code: string | null;
            /**
             * Format: int64
             * @description quantity × unit cost, rounded half-up to the fen
             * @example 10004000
             */
            cost: number;
            /** @description For ELEVATOR_RETROFIT: the records behind the four pilot conditions; null for other items */
            elevatorPilot: components["schemas"]["ElevatorPilot"] | null;
            entrances: components["schemas"]["Entrance"][] | null;
            /** @example 屋面防水 */
            labelZh: string | null;
            /** @example ROOF_WATERPROOFING@all */
            lineId: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            plannedFinish: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            plannedStart: string | null;
            /** @example 1250.5 */
            quantity: number | null;
            /**
             * Format: int32
             * @description Households that chose this item in the questionnaire
             * @example 52
             */
            residentsWanting: number;
            /** @example m2 */
            unit: string | null;
            /**
             * Format: int64
             * @description Unit cost in fen
             * @example 8000
             */
            unitCost: number;
        };
        PlanLineChange: {
            fields: components["schemas"]["PlanFieldChange"][] | null;
            /** @example ROOF_WATERPROOFING@all */
            lineId: string | null;
        };
        /** @description An item of the renovation menu (改造菜单项) */
        PlanMenuItem: {
            /**
             * @example HOUSING_FUNCTION
             * @enum {string|null}
             */
            category: "HOUSING_FUNCTION" | "INFRASTRUCTURE" | "PUBLIC_SERVICES" | "LIVING_ENVIRONMENT" | null;
            /** @example ROOF_WATERPROOFING */
            code: string | null;
            /**
             * Format: int32
             * @example 10
             */
            displayOrder: number;
            /**
             * @description null: the city's default; else the district's own item or copy
             * @example 220302
             */
            districtCode: string | null;
            /** @example Roof waterproofing */
            labelEn: string | null;
            /** @example 屋面防水 */
            labelZh: string | null;
            /**
             * @example BASIC
             * @enum {string|null}
             */
            nationalClass: "BASIC" | "IMPROVEMENT" | "UPGRADE" | null;
            /** @example false */
            retired: boolean;
            /** @example m2 */
            unit: string | null;
            /**
             * Format: int64
             * @description Unit cost in fen (分)
             * @example 8000
             */
            unitCost: number;
        };
        /** @description After approval: feasibility study (可研), project approval (立项), tender preparation (招标准备) */
        PlanPreparation: {
            /**
             * Format: date
             * @example 2027-02-10
             */
            feasibilityApprovedOn?: string | null;
            /** @example 四发改可研〔2027〕12号 */
            feasibilityStudyNo?: string | null;
            /** @example 招标文件已编制 */
            note?: string | null;
            /** @example 四发改审批〔2027〕31号 */
            projectApprovalNo?: string | null;
            /**
             * Format: date
             * @example 2027-03-01
             */
            projectApprovedOn?: string | null;
            /**
             * Format: date
             * @example 2027-03-20
             */
            tenderPreparedOn?: string | null;
        };
        /** @description Content priced, nothing stored */
        PlanQuote: {
            /**
             * Format: int64
             * @description Sum of the funding given, fen
             * @example 9000000
             */
            funded: number;
            /**
             * Format: int64
             * @description totalCost − funded, fen (negative: more funding than cost)
             * @example 61004000
             */
            fundingGap: number;
            items: components["schemas"]["PlanQuoteLine"][] | null;
            /**
             * Format: int64
             * @description Sum of the lines, fen
             * @example 70004000
             */
            totalCost: number;
            /** @description Elevator pilot records still missing, each field and why (saving would be refused 422 ELEVATOR_PILOT_CONDITION_UNMET) */
            unmet: components["schemas"]["FieldProblem"][] | null;
        };
        /** @description One priced line */
        PlanQuoteLine: {
            /** @example ROOF_WATERPROOFING */
            code: string | null;
            /**
             * Format: int64
             * @description quantity × unit cost, rounded half-up to the fen
             * @example 10004000
             */
            cost: number;
            /** @example 屋面防水 */
            labelZh: string | null;
            /** @example ROOF_WATERPROOFING@all */
            lineId: string | null;
            /** @example 1250.5 */
            quantity: number | null;
            /** @example m2 */
            unit: string | null;
            /**
             * Format: int64
             * @description Unit cost in fen
             * @example 8000
             */
            unitCost: number;
        };
        /** @description Opinions returned with a plan (审核意见) */
        PlanReturn: {
            opinions: components["schemas"]["OpinionInput"][];
        };
        Preparation: {
            /**
             * Format: date
             * @example 2026-12-07
             */
            feasibilityApprovedOn: string | null;
            /** @example 铁发改审批〔2026〕8号 */
            feasibilityStudyNo: string | null;
            /** @example 楼道照明不足 Stairwell lighting is poor */
            note: string | null;
            /** @example 铁发改审批〔2026〕8号 */
            projectApprovalNo: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            projectApprovedOn: string | null;
            /**
             * Format: date
             * @example 2026-12-07
             */
            tenderPreparedOn: string | null;
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
        /** @description One community of the programme: where it is and how far it has come */
        ProgrammeCommunitySummary: {
            /**
             * Format: int32
             * @example 1
             */
            batchYear: number | null;
            /**
             * Format: int32
             * @example 1
             */
            buildings: number;
            /**
             * Format: int32
             * @example 1
             */
            buildYear: number | null;
            /** @example 220302 */
            districtCode: string | null;
            /** @example 1.5 */
            floorArea: number | null;
            /**
             * Format: int64
             * @description Funding planned for it, all channels, in fen
             * @example 4200000000
             */
            fundingPlanned: number;
            /**
             * Format: int64
             * @description Funding received (到位), all channels, in fen
             * @example 3150000000
             */
            fundingReceived: number;
            /**
             * Format: int32
             * @example 1
             */
            households: number;
            /** @example 6750a1c2e4b0a1b2c3d4e5f6 */
            id: string | null;
            /**
             * Format: int32
             * @example 1
             */
            lateMilestones: number;
            /** @example 1.5 */
            latitude: number | null;
            /** @example 1.5 */
            longitude: number | null;
            /** @example 幸福里小区 Xingfuli */
            name: string | null;
            /**
             * Format: int32
             * @example 1
             */
            openFindings: number;
            /**
             * @description Its renovation plan (GET /api/plan/plans/{planId}: items and costs); null before a plan is drafted
             * @example 3b0f6a52-8c1e-3f7a-9a55-1c2d3e4f5a6b
             */
            planId: string | null;
            /** @example 1.5 */
            satisfaction: number | null;
            /**
             * @example REGISTERED
             * @enum {string|null}
             */
            stage: "REGISTERED" | "ELIGIBLE" | "RESERVED" | "PLANNED" | "APPROVED" | "UNDER_CONSTRUCTION" | "ACCEPTED" | "EVALUATED" | "HANDED_OVER" | "LONG_TERM_MANAGEMENT" | null;
            stageLabel: components["schemas"]["Label"] | null;
            /** @example 220302001 */
            streetCode: string | null;
            /**
             * @description Early warning (预警): RED act now, AMBER watch, GREEN on track
             * @example AMBER
             * @enum {string}
             */
            warning: "GREEN" | "AMBER" | "RED";
            warningLabel: components["schemas"]["Label"];
            /** @description Every reason it is not green, worst first; the rules are in docs/programme.md (early warning) */
            warnings: components["schemas"]["ProgrammeWarning"][];
        };
        /** @description A programme year (年度计划) of your district */
        ProgrammeInput: {
            /**
             * Format: int32
             * @example 20
             */
            byProportionCapPercent: number;
            /**
             * Format: date
             * @example 2027-07-31
             */
            deadline: string;
            targets: components["schemas"]["ProgrammeTargets"];
        };
        ProgrammeOverview: {
            /** @description Cumulative acceptances by date (burn-up against the targets) */
            completions: components["schemas"]["CompletionPoint"][] | null;
            /**
             * Format: date
             * @description The year's deadline; for the city, the latest of its districts'
             * @example 2026-12-07
             */
            deadline: string | null;
            /** @example 220302 */
            districtCode: string | null;
            funding: components["schemas"]["ChannelFigures"][] | null;
            /**
             * Format: int32
             * @description Open inspection findings
             * @example 1
             */
            openFindings: number;
            satisfaction: components["schemas"]["SatisfactionFigures"] | null;
            stages: components["schemas"]["StageFigures"][] | null;
            /**
             * @description The street shown (a street office's own, or the one asked for)
             * @example 220302001
             */
            streetCode: string | null;
            /**
             * @description What the targets are: DISTRICT_PROGRAMME (the district's 年度计划), STREET_BATCH (the street's communities in its district's batch), CITY_SUM (the sum of every district's targets for the year); null without targets
             * @example DISTRICT_PROGRAMME
             * @enum {string|null}
             */
            targetBasis: "DISTRICT_PROGRAMME" | "STREET_BATCH" | "CITY_SUM" | null;
            /** @description The yardstick for this place and year: a district's programme targets, a street's share of its district's batch, or the city's sum of its districts' targets */
            targets: components["schemas"]["ProgrammeTargets"] | null;
            /**
             * Format: int32
             * @description Communities with late milestones
             * @example 1
             */
            withLateMilestones: number;
            /**
             * Format: int32
             * @example 1
             */
            year: number | null;
        };
        ProgrammeTargets: {
            /**
             * Format: int32
             * @example 146
             */
            buildings?: number;
            /**
             * Format: int32
             * @example 24
             */
            communities?: number;
            /**
             * @description m², at most two decimals
             * @example 721000
             */
            floorArea: number;
            /**
             * Format: int32
             * @example 9120
             */
            households?: number;
        };
        /** @description One reason for an early warning and the level it gives */
        ProgrammeWarning: {
            label: components["schemas"]["Label"];
            /**
             * @example AMBER
             * @enum {string}
             */
            level: "GREEN" | "AMBER" | "RED";
            /**
             * @example FUNDING_BEHIND
             * @enum {string}
             */
            reason: "PAST_DEADLINE" | "NOT_STARTED" | "LATE_MILESTONES" | "OPEN_FINDINGS" | "FUNDING_BEHIND";
        };
        /** @description Progress of a street (or district): the mean stage of its communities as a percentage of the last stage */
        Ranking: {
            /**
             * Format: int32
             * @description Its communities with an amber early warning
             * @example 3
             */
            amber: number;
            /** @example 220302001 */
            code: string | null;
            /**
             * Format: int32
             * @example 12
             */
            communities: number;
            /**
             * Format: int32
             * @example 4
             */
            handedOver: number;
            /** @example 63.89 */
            progress: number | null;
            /**
             * Format: int32
             * @example 1
             */
            rank: number;
            /**
             * Format: int32
             * @description Its communities with a red early warning
             * @example 1
             */
            red: number;
            /**
             * @description The place's level: RED when a quarter or more of its communities are red, AMBER when any is red or a quarter or more are amber, else GREEN
             * @example AMBER
             * @enum {string}
             */
            warning: "GREEN" | "AMBER" | "RED";
            warningLabel: components["schemas"]["Label"];
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
        Revision: {
            content: components["schemas"]["PlanContent"] | null;
            /**
             * Format: int32
             * @example 1
             */
            number: number;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            submittedAt: string | null;
            /** @example district-tiexi */
            submittedBy: string | null;
        };
        /** @description Residents' satisfaction evaluations (效果共评) published: communities, households that answered, and the average overall score (1–5) weighted by respondents */
        SatisfactionFigures: {
            /** @example 4.35 */
            averageOverall: number | null;
            /**
             * Format: int32
             * @example 1
             */
            communities: number;
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
        Source: {
            /**
             * Format: int64
             * @example 1
             */
            amount: number;
            /**
             * @example RESIDENTS
             * @enum {string|null}
             */
            channel: "RESIDENTS" | "ORIGINAL_PROPERTY_UNIT" | "UTILITY_OPERATOR" | "SOCIAL_CAPITAL" | "GOVERNMENT_CENTRAL" | "GOVERNMENT_PROVINCIAL" | "GOVERNMENT_CITY" | "GOVERNMENT_DISTRICT" | "MAINTENANCE_FUND" | "REWARD_INSTEAD_OF_SUBSIDY" | null;
            /** @example 沈阳幸福物业有限公司 */
            payer: string | null;
            /**
             * @example WATER
             * @enum {string|null}
             */
            utility: "WATER" | "POWER" | "GAS" | "HEATING" | "TELECOM" | "CABLE_TV" | null;
        };
        /** @description Communities at or beyond a stage, in the four units */
        StageFigures: {
            /**
             * Format: int32
             * @example 1
             */
            buildings: number;
            /**
             * Format: int32
             * @example 1
             */
            communities: number;
            /** @example 1.5 */
            floorArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            households: number;
            label: components["schemas"]["Label"] | null;
            /**
             * @example REGISTERED
             * @enum {string|null}
             */
            stage: "REGISTERED" | "ELIGIBLE" | "RESERVED" | "PLANNED" | "APPROVED" | "UNDER_CONSTRUCTION" | "ACCEPTED" | "EVALUATED" | "HANDED_OVER" | "LONG_TERM_MANAGEMENT" | null;
        };
        /** @description Start the plan of a community in the reserve library */
        StartPlan: {
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string;
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
        Tally: {
            items: components["schemas"]["ItemCount"][] | null;
            /**
             * Format: int32
             * @example 1
             */
            respondents: number;
            /**
             * Format: int32
             * @example 1
             */
            willing: number;
        };
        /** @description One event in a community's story */
        TimelineEntry: {
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /**
             * @description The request or flow that caused it
             * @example 6750a1c2e4b0a1b2c3d4e5f6
             */
            correlationId: string | null;
            /** @example cb4b5b57-015b-452d-8a11-1ffe578236ff */
            eventId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            occurredAt: string | null;
            /**
             * @description Shown to residents (published parts of the story)
             * @example true
             */
            published: boolean;
            /**
             * Format: int64
             * @description Order among the events of one aggregate written together
             * @example 3
             */
            sequence: number;
            /** @example survey.CommunityReserved */
            type: string | null;
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
    planAuditList: {
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
                     *       "instance": "/api/plan/audit-records",
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
                     *       "instance": "/api/plan/audit-records",
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
                     *       "instance": "/api/plan/audit-records",
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
                     *       "instance": "/api/plan/audit-records",
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
                     *       "instance": "/api/plan/audit-records",
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
                     *       "instance": "/api/plan/audit-records",
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
    planCommunityList: {
        parameters: {
            query?: {
                /** @example 220302 */
                districtCode?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description RESERVED: the communities a plan may be started for */
                reserveStatus?: "RESERVED" | "NOT_RESERVED";
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("name,ASC" | "name,DESC" | "buildYear,ASC" | "buildYear,DESC" | "registeredAt,ASC" | "registeredAt,DESC" | "households,ASC" | "households,DESC")[];
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
                    "application/json": components["schemas"]["PagedModelPlanCommunity"];
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
                     *       "instance": "/api/plan/communities",
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
                     *       "instance": "/api/plan/communities",
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
                     *       "instance": "/api/plan/communities",
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
                     *       "instance": "/api/plan/communities",
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
                     *       "instance": "/api/plan/communities",
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
                     *       "instance": "/api/plan/communities",
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
    planCommunityGet: {
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
            /** @description The community */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanCommunity"];
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
                     *       "instance": "/api/plan/communities/{id}",
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
                     *       "instance": "/api/plan/communities/{id}",
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
                     *       "instance": "/api/plan/communities/{id}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not (yet) known here (COMMUNITY_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "COMMUNITY_NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not (yet) known here (COMMUNITY_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/plan/communities/{id}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:community-not-found"
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
                     *       "instance": "/api/plan/communities/{id}",
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
                     *       "instance": "/api/plan/communities/{id}",
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
                     *       "instance": "/api/plan/communities/{id}",
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
    planDeadLetterList: {
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
                     *       "instance": "/api/plan/dead-letters",
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
                     *       "instance": "/api/plan/dead-letters",
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
                     *       "instance": "/api/plan/dead-letters",
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
                     *       "instance": "/api/plan/dead-letters",
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
                     *       "instance": "/api/plan/dead-letters",
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
    planDeadLetterReplay: {
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
                     *       "instance": "/api/plan/dead-letters/replay",
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
    planDictionaryAll: {
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
                     *       "instance": "/api/plan/dictionaries",
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
                     *       "instance": "/api/plan/dictionaries",
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
                     *       "instance": "/api/plan/dictionaries",
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
                     *       "instance": "/api/plan/dictionaries",
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
                     *       "instance": "/api/plan/dictionaries",
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
    planDictionaryOne: {
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
                     *       "instance": "/api/plan/dictionaries/{name}",
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
                     *       "instance": "/api/plan/dictionaries/{name}",
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
                     *       "instance": "/api/plan/dictionaries/{name}",
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
                     *       "instance": "/api/plan/dictionaries/{name}",
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
                     *       "instance": "/api/plan/dictionaries/{name}",
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
                     *       "instance": "/api/plan/dictionaries/{name}",
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
                     *       "instance": "/api/plan/dictionaries/{name}",
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
    planFeedRead: {
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
                     *       "instance": "/api/plan/feed",
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
                     *       "instance": "/api/plan/feed",
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
                     *       "instance": "/api/plan/feed",
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
                     *       "instance": "/api/plan/feed",
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
                     *       "instance": "/api/plan/feed",
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
                     *       "instance": "/api/plan/feed",
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
    planFeedEventTypes: {
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
                     *       "instance": "/api/plan/feed/event-types",
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
                     *       "instance": "/api/plan/feed/event-types",
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
                     *       "instance": "/api/plan/feed/event-types",
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
                     *       "instance": "/api/plan/feed/event-types",
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
                     *       "instance": "/api/plan/feed/event-types",
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
    planFeedHead: {
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
                     *       "instance": "/api/plan/feed/head",
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
                     *       "instance": "/api/plan/feed/head",
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
                     *       "instance": "/api/plan/feed/head",
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
                     *       "instance": "/api/plan/feed/head",
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
                     *       "instance": "/api/plan/feed/head",
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
    planLivingCircleCommunity: {
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
            /** @description The community's living circles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityLivingCircles"];
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
                     *       "instance": "/api/plan/living-circles/communities/{communityId}",
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
                     *       "instance": "/api/plan/living-circles/communities/{communityId}",
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
                     *       "instance": "/api/plan/living-circles/communities/{communityId}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not here or not yours (COMMUNITY_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "COMMUNITY_NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not here or not yours (COMMUNITY_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/plan/living-circles/communities/{communityId}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:community-not-found"
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
                     *       "instance": "/api/plan/living-circles/communities/{communityId}",
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
                     *       "instance": "/api/plan/living-circles/communities/{communityId}",
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
                     *       "instance": "/api/plan/living-circles/communities/{communityId}",
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
    planLivingCircleFacilities: {
        parameters: {
            query?: {
                /**
                 * @description For city-wide callers
                 * @example 220302
                 */
                districtCode?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("name,ASC" | "name,DESC" | "type,ASC" | "type,DESC")[];
                /** @example KINDERGARTEN */
                type?: "COMMUNITY_SERVICE_STATION" | "CULTURE_ACTIVITY_STATION" | "OUTDOOR_FITNESS" | "KINDERGARTEN" | "ELDERLY_DAY_CARE" | "HEALTH_STATION" | "CONVENIENCE_SHOPS" | "PARKING" | "PRIMARY_SCHOOL" | "FOOD_MARKET" | "MEDIUM_SPORTS_GROUND" | "MIDDLE_SCHOOL" | "HEALTH_CENTRE" | "ELDERLY_CARE_HOME" | "CULTURE_CENTRE" | "STREET_SERVICE_CENTRE" | "LARGE_SPORTS_GROUND";
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
                    "application/json": components["schemas"]["PagedModelFacility"];
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
    planLivingCircleAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacilityInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
                     *       "instance": "/api/plan/living-circles/facilities",
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
    planLivingCircleRemove: {
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not here or not yours (FACILITY_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FACILITY_NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not here or not yours (FACILITY_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:facility-not-found"
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
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
                     *       "instance": "/api/plan/living-circles/facilities/{id}",
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
    planLivingCircleGaps: {
        parameters: {
            query?: {
                /**
                 * @description For city-wide callers
                 * @example 220302
                 */
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
                    "application/json": components["schemas"]["LivingCircleGaps"][];
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
                     *       "instance": "/api/plan/living-circles/gaps",
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
                     *       "instance": "/api/plan/living-circles/gaps",
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
                     *       "instance": "/api/plan/living-circles/gaps",
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
                     *       "instance": "/api/plan/living-circles/gaps",
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
                     *       "instance": "/api/plan/living-circles/gaps",
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
                     *       "instance": "/api/plan/living-circles/gaps",
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
    planMenuItems: {
        parameters: {
            query?: {
                /** @description Only this category */
                category?: "HOUSING_FUNCTION" | "INFRASTRUCTURE" | "PUBLIC_SERVICES" | "LIVING_ENVIRONMENT";
                /**
                 * @description For city-wide callers: a district's catalogue
                 * @example 220302
                 */
                districtCode?: string;
                /** @description Include retired items */
                includeRetired?: boolean;
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
                    "application/json": components["schemas"]["PlanMenuItem"][];
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
    planMenuAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMenuItem"];
            };
        };
        responses: {
            /** @description Added; Location names the item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanMenuItem"];
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code exists (MENU_ITEM_EXISTS) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "MENU_ITEM_EXISTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The code exists (MENU_ITEM_EXISTS)",
                     *       "errors": [],
                     *       "instance": "/api/plan/menu-items",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:menu-item-exists"
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
                     *       "instance": "/api/plan/menu-items",
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
    planMenuItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["PlanMenuItem"];
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
                     *       "instance": "/api/plan/menu-items/{code}",
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
                     *       "instance": "/api/plan/menu-items/{code}",
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
                     *       "instance": "/api/plan/menu-items/{code}",
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
                     *       "instance": "/api/plan/menu-items/{code}",
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
                     *       "instance": "/api/plan/menu-items/{code}",
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
                     *       "instance": "/api/plan/menu-items/{code}",
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
                     *       "instance": "/api/plan/menu-items/{code}",
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
    planMenuRetire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the record as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanMenuItem"];
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already retired (MENU_ITEM_RETIRED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "MENU_ITEM_RETIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Already retired (MENU_ITEM_RETIRED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:menu-item-retired"
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
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
                     *       "instance": "/api/plan/menu-items/{code}/retirement",
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
    planMenuReprice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MenuItemPrice"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanMenuItem"];
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
                     *       "instance": "/api/plan/menu-items/{code}/unit-cost",
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
    planList: {
        parameters: {
            query?: {
                /** @description District code */
                districtCode?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("createdAt,ASC" | "createdAt,DESC" | "updatedAt,ASC" | "updatedAt,DESC" | "status,ASC" | "status,DESC" | "communityName,ASC" | "communityName,DESC")[];
                /** @description Status */
                status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
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
                    "application/json": components["schemas"]["PagedModelPlan"];
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
    planStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPlan"];
            };
        };
        responses: {
            /** @description The new draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community has a plan (PLAN_EXISTS) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PLAN_EXISTS",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The community has a plan (PLAN_EXISTS)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:plan-exists"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not in the reserve (COMMUNITY_NOT_IN_RESERVE) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "COMMUNITY_NOT_IN_RESERVE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not in the reserve (COMMUNITY_NOT_IN_RESERVE)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:community-not-in-reserve"
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
                     *       "instance": "/api/plan/plans",
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
    planGet: {
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
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
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
                     *       "instance": "/api/plan/plans/{id}",
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
                     *       "instance": "/api/plan/plans/{id}",
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
                     *       "instance": "/api/plan/plans/{id}",
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
                     *       "instance": "/api/plan/plans/{id}",
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
                     *       "instance": "/api/plan/plans/{id}",
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
                     *       "instance": "/api/plan/plans/{id}",
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
                     *       "instance": "/api/plan/plans/{id}",
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
    planApprove: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The plan's ETag as you read it
                 * @example "2"
                 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved: the plan; ETag carries its new version */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
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
                     *       "instance": "/api/plan/plans/{id}/approval",
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
                     *       "instance": "/api/plan/plans/{id}/approval",
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
                     *       "instance": "/api/plan/plans/{id}/approval",
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
                     *       "instance": "/api/plan/plans/{id}/approval",
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
                     *       "instance": "/api/plan/plans/{id}/approval",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/approval",
                     *       "status": 412,
                     *       "title": "数据已被修改",
                     *       "type": "urn:renewal:problem:precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not submitted (PLAN_NOT_SUBMITTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PLAN_NOT_SUBMITTED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not submitted (PLAN_NOT_SUBMITTED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/approval",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:plan-not-submitted"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing (PRECONDITION_REQUIRED) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is missing (PRECONDITION_REQUIRED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/approval",
                     *       "status": 428,
                     *       "title": "缺少 If-Match",
                     *       "type": "urn:renewal:problem:precondition-required"
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
                     *       "instance": "/api/plan/plans/{id}/approval",
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
                     *       "instance": "/api/plan/plans/{id}/approval",
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
                     *       "instance": "/api/plan/plans/{id}/approval",
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
    planContent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The plan's ETag as you read it
                 * @example "0"
                 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanContent"];
            };
        };
        responses: {
            /** @description The plan with its content, cost and funding gap; ETag carries its new version */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description An item, scope, condition or source is invalid; errors[] names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "An item, scope, condition or source is invalid; errors[] names it",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/plan/plans/{id}/content",
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
                     *       "instance": "/api/plan/plans/{id}/content",
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
                     *       "instance": "/api/plan/plans/{id}/content",
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
                     *       "instance": "/api/plan/plans/{id}/content",
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
                     *       "instance": "/api/plan/plans/{id}/content",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/content",
                     *       "status": 412,
                     *       "title": "数据已被修改",
                     *       "type": "urn:renewal:problem:precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (ELEVATOR_PILOT_CONDITION_UNMET): code names the rule, detail explains it (不符合业务规则) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ELEVATOR_PILOT_CONDITION_UNMET",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A business rule refuses it (ELEVATOR_PILOT_CONDITION_UNMET): code names the rule, detail explains it (不符合业务规则)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/content",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:elevator-pilot-condition-unmet"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing (PRECONDITION_REQUIRED) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is missing (PRECONDITION_REQUIRED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/content",
                     *       "status": 428,
                     *       "title": "缺少 If-Match",
                     *       "type": "urn:renewal:problem:precondition-required"
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
                     *       "instance": "/api/plan/plans/{id}/content",
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
                     *       "instance": "/api/plan/plans/{id}/content",
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
                     *       "instance": "/api/plan/plans/{id}/content",
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
    planDiff: {
        parameters: {
            query: {
                /** @example 1 */
                from: number;
                /** @example 2 */
                to: number;
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
                    "application/json": components["schemas"]["PlanDiff"];
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
                     *       "instance": "/api/plan/plans/{id}/diff",
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
                     *       "instance": "/api/plan/plans/{id}/diff",
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
                     *       "instance": "/api/plan/plans/{id}/diff",
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
                     *       "instance": "/api/plan/plans/{id}/diff",
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
                     *       "instance": "/api/plan/plans/{id}/diff",
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
                     *       "instance": "/api/plan/plans/{id}/diff",
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
                     *       "instance": "/api/plan/plans/{id}/diff",
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
    planPrepare: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The plan's ETag as you read it
                 * @example "3"
                 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanPreparation"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/preparation",
                     *       "status": 412,
                     *       "title": "数据已被修改",
                     *       "type": "urn:renewal:problem:precondition-failed"
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing (PRECONDITION_REQUIRED) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is missing (PRECONDITION_REQUIRED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/preparation",
                     *       "status": 428,
                     *       "title": "缺少 If-Match",
                     *       "type": "urn:renewal:problem:precondition-required"
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
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
                     *       "instance": "/api/plan/plans/{id}/preparation",
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
    planQuote: {
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
                "application/json": components["schemas"]["PlanContent"];
            };
        };
        responses: {
            /** @description The priced lines, the total, the gap and what is still missing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanQuote"];
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
                     *       "instance": "/api/plan/plans/{id}/quote",
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
    planReturnPlan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The plan's ETag as you read it
                 * @example "2"
                 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanReturn"];
            };
        };
        responses: {
            /** @description Returned: the plan with the opinions; ETag carries its new version */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
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
                     *       "instance": "/api/plan/plans/{id}/return",
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
                     *       "instance": "/api/plan/plans/{id}/return",
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
                     *       "instance": "/api/plan/plans/{id}/return",
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
                     *       "instance": "/api/plan/plans/{id}/return",
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
                     *       "instance": "/api/plan/plans/{id}/return",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/return",
                     *       "status": 412,
                     *       "title": "数据已被修改",
                     *       "type": "urn:renewal:problem:precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not submitted (PLAN_NOT_SUBMITTED) or an opinion names an unknown line */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PLAN_NOT_SUBMITTED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not submitted (PLAN_NOT_SUBMITTED) or an opinion names an unknown line",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/return",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:plan-not-submitted"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing (PRECONDITION_REQUIRED) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is missing (PRECONDITION_REQUIRED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/return",
                     *       "status": 428,
                     *       "title": "缺少 If-Match",
                     *       "type": "urn:renewal:problem:precondition-required"
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
                     *       "instance": "/api/plan/plans/{id}/return",
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
                     *       "instance": "/api/plan/plans/{id}/return",
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
                     *       "instance": "/api/plan/plans/{id}/return",
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
    planRevisions: {
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
                    "application/json": components["schemas"]["Revision"][];
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
                     *       "instance": "/api/plan/plans/{id}/revisions",
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
                     *       "instance": "/api/plan/plans/{id}/revisions",
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
                     *       "instance": "/api/plan/plans/{id}/revisions",
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
                     *       "instance": "/api/plan/plans/{id}/revisions",
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
                     *       "instance": "/api/plan/plans/{id}/revisions",
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
                     *       "instance": "/api/plan/plans/{id}/revisions",
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
                     *       "instance": "/api/plan/plans/{id}/revisions",
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
    planRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
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
                    "application/json": components["schemas"]["Revision"];
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
                     *       "instance": "/api/plan/plans/{id}/revisions/{number}",
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
                     *       "instance": "/api/plan/plans/{id}/revisions/{number}",
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
                     *       "instance": "/api/plan/plans/{id}/revisions/{number}",
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
                     *       "instance": "/api/plan/plans/{id}/revisions/{number}",
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
                     *       "instance": "/api/plan/plans/{id}/revisions/{number}",
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
                     *       "instance": "/api/plan/plans/{id}/revisions/{number}",
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
                     *       "instance": "/api/plan/plans/{id}/revisions/{number}",
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
    planSubmit: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The plan's ETag as you read it
                 * @example "1"
                 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted: the plan with the new revision; ETag carries its new version */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
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
                     *       "instance": "/api/plan/plans/{id}/submission",
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
                     *       "instance": "/api/plan/plans/{id}/submission",
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
                     *       "instance": "/api/plan/plans/{id}/submission",
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
                     *       "instance": "/api/plan/plans/{id}/submission",
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
                     *       "instance": "/api/plan/plans/{id}/submission",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is not the record's current version: reload and retry (PRECONDITION_FAILED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/submission",
                     *       "status": 412,
                     *       "title": "数据已被修改",
                     *       "type": "urn:renewal:problem:precondition-failed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FUNDING_DOES_NOT_ADD_UP, RENOVATION_VOTE_NOT_PASSED, PLAN_HAS_NO_ITEMS, PLAN_NOT_SUBMITTABLE or COMMUNITY_NOT_IN_RESERVE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FUNDING_DOES_NOT_ADD_UP",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "FUNDING_DOES_NOT_ADD_UP, RENOVATION_VOTE_NOT_PASSED, PLAN_HAS_NO_ITEMS, PLAN_NOT_SUBMITTABLE or COMMUNITY_NOT_IN_RESERVE",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/submission",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:funding-does-not-add-up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing (PRECONDITION_REQUIRED) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is missing (PRECONDITION_REQUIRED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/plans/{id}/submission",
                     *       "status": 428,
                     *       "title": "缺少 If-Match",
                     *       "type": "urn:renewal:problem:precondition-required"
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
                     *       "instance": "/api/plan/plans/{id}/submission",
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
                     *       "instance": "/api/plan/plans/{id}/submission",
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
                     *       "instance": "/api/plan/plans/{id}/submission",
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
    planProgrammeCommunities: {
        parameters: {
            query?: {
                /**
                 * @description For city-wide callers
                 * @example 220302
                 */
                districtCode?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("name,ASC" | "name,DESC" | "buildYear,ASC" | "buildYear,DESC" | "households,ASC" | "households,DESC" | "floorArea,ASC" | "floorArea,DESC" | "stage,ASC" | "stage,DESC")[];
                /**
                 * @description Only this stage
                 * @example UNDER_CONSTRUCTION
                 */
                stage?: "REGISTERED" | "ELIGIBLE" | "RESERVED" | "PLANNED" | "APPROVED" | "UNDER_CONSTRUCTION" | "ACCEPTED" | "EVALUATED" | "HANDED_OVER" | "LONG_TERM_MANAGEMENT";
                /** @example 220302001 */
                streetCode?: string;
                /**
                 * @description Programme year (batch only)
                 * @example 2026
                 */
                year?: number;
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
                    "application/json": components["schemas"]["PagedModelProgrammeCommunitySummary"];
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
                     *       "instance": "/api/plan/programme/communities",
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
                     *       "instance": "/api/plan/programme/communities",
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
                     *       "instance": "/api/plan/programme/communities",
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
                     *       "instance": "/api/plan/programme/communities",
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
                     *       "instance": "/api/plan/programme/communities",
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
                     *       "instance": "/api/plan/programme/communities",
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
    planProgrammeCommunity: {
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
                    "application/json": components["schemas"]["ProgrammeCommunitySummary"];
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
                     *       "instance": "/api/plan/programme/communities/{communityId}",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}",
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
    planProgrammeTimeline: {
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
                    "application/json": components["schemas"]["PagedModelTimelineEntry"];
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
                     *       "instance": "/api/plan/programme/communities/{communityId}/timeline",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}/timeline",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}/timeline",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}/timeline",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}/timeline",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}/timeline",
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
                     *       "instance": "/api/plan/programme/communities/{communityId}/timeline",
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
    planSupervisionOverdue: {
        parameters: {
            query?: {
                /** @example 2026 */
                year?: number;
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
                    "application/json": components["schemas"]["Overdue"][];
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
                     *       "instance": "/api/plan/programme/overdue",
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
                     *       "instance": "/api/plan/programme/overdue",
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
                     *       "instance": "/api/plan/programme/overdue",
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
                     *       "instance": "/api/plan/programme/overdue",
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
                     *       "instance": "/api/plan/programme/overdue",
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
                     *       "instance": "/api/plan/programme/overdue",
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
    planProgrammeOverview: {
        parameters: {
            query?: {
                /**
                 * @description For city-wide callers
                 * @example 220302
                 */
                districtCode?: string;
                /**
                 * @description One street of your place
                 * @example 220302001
                 */
                streetCode?: string;
                /**
                 * @description Programme year (batch only)
                 * @example 2026
                 */
                year?: number;
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
                    "application/json": components["schemas"]["ProgrammeOverview"];
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
                     *       "instance": "/api/plan/programme/overview",
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
                     *       "instance": "/api/plan/programme/overview",
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
                     *       "instance": "/api/plan/programme/overview",
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
                     *       "instance": "/api/plan/programme/overview",
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
                     *       "instance": "/api/plan/programme/overview",
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
                     *       "instance": "/api/plan/programme/overview",
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
    planSupervisionRankings: {
        parameters: {
            query?: {
                /** @example street */
                by?: string;
                /** @example 2026 */
                year?: number;
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
                    "application/json": components["schemas"]["Ranking"][];
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
                     *       "instance": "/api/plan/programme/rankings",
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
                     *       "instance": "/api/plan/programme/rankings",
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
                     *       "instance": "/api/plan/programme/rankings",
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
                     *       "instance": "/api/plan/programme/rankings",
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
                     *       "instance": "/api/plan/programme/rankings",
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
                     *       "instance": "/api/plan/programme/rankings",
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
    planSupervisionReturns: {
        parameters: {
            query: {
                /** @example 2026 */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistical return workbook (attachment) */
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
                     *       "instance": "/api/plan/programme/returns.xlsx",
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
                     *       "instance": "/api/plan/programme/returns.xlsx",
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
                     *       "instance": "/api/plan/programme/returns.xlsx",
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
                     *       "instance": "/api/plan/programme/returns.xlsx",
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
                     *       "instance": "/api/plan/programme/returns.xlsx",
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
                     *       "instance": "/api/plan/programme/returns.xlsx",
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
    planProgrammeYears: {
        parameters: {
            query?: {
                /**
                 * @description For city-wide callers
                 * @example 220302
                 */
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
                    "application/json": components["schemas"]["AnnualProgramme"][];
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
                     *       "instance": "/api/plan/programme/years",
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
                     *       "instance": "/api/plan/programme/years",
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
                     *       "instance": "/api/plan/programme/years",
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
                     *       "instance": "/api/plan/programme/years",
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
                     *       "instance": "/api/plan/programme/years",
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
                     *       "instance": "/api/plan/programme/years",
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
    planProgrammeYear: {
        parameters: {
            query?: {
                /**
                 * @description For city-wide callers
                 * @example 220302
                 */
                districtCode?: string;
            };
            header?: never;
            path: {
                year: number;
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
                    "application/json": components["schemas"]["AnnualProgramme"];
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
    planProgrammeSetYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualProgramme"];
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
                     *       "instance": "/api/plan/programme/years/{year}",
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
    planProgrammeChooseBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
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
                    "application/json": components["schemas"]["AnnualProgramme"];
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
                     *       "instance": "/api/plan/programme/years/{year}/batch",
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
    planVoteList: {
        parameters: {
            query?: {
                /** @description Community id */
                communityId?: string;
                /** @description Matter */
                matter?: "RENOVATION" | "ELEVATOR_RETROFIT" | "RAISE_MAINTENANCE_FUND" | "CHANGE_COMMON_PARTS_USE" | "USE_MAINTENANCE_FUND" | "ELECT_COMMITTEE" | "HIRE_PROPERTY_MANAGEMENT" | "OTHER";
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("openedAt,ASC" | "openedAt,DESC" | "closedAt,ASC" | "closedAt,DESC" | "matter,ASC" | "matter,DESC" | "status,ASC" | "status,DESC")[];
                /** @description OPEN or CLOSED */
                status?: "OPEN" | "CLOSED";
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
                    "application/json": components["schemas"]["PagedModelOwnerVoteSummary"];
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
    planVoteOpen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenOwnerVote"];
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerVote"];
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A building has no household roll (HOUSEHOLD_ROLL_MISSING) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "HOUSEHOLD_ROLL_MISSING",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "A building has no household roll (HOUSEHOLD_ROLL_MISSING)",
                     *       "errors": [],
                     *       "instance": "/api/plan/votes",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:household-roll-missing"
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
                     *       "instance": "/api/plan/votes",
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
    planVoteGet: {
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
                    "application/json": components["schemas"]["OwnerVote"];
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
                     *       "instance": "/api/plan/votes/{id}",
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
                     *       "instance": "/api/plan/votes/{id}",
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
                     *       "instance": "/api/plan/votes/{id}",
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
                     *       "instance": "/api/plan/votes/{id}",
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
                     *       "instance": "/api/plan/votes/{id}",
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
                     *       "instance": "/api/plan/votes/{id}",
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
                     *       "instance": "/api/plan/votes/{id}",
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
    planVoteBallots: {
        parameters: {
            query?: {
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
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
                    "application/json": components["schemas"]["PagedModelBallot"];
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
                     *       "instance": "/api/plan/votes/{id}/ballots",
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
                     *       "instance": "/api/plan/votes/{id}/ballots",
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
                     *       "instance": "/api/plan/votes/{id}/ballots",
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
                     *       "instance": "/api/plan/votes/{id}/ballots",
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
                     *       "instance": "/api/plan/votes/{id}/ballots",
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
                     *       "instance": "/api/plan/votes/{id}/ballots",
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
                     *       "instance": "/api/plan/votes/{id}/ballots",
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
    planVoteCast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                householdId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ballot"];
            };
        };
        responses: {
            /** @description The vote with its tally as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerVote"];
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The vote is closed (VOTE_CLOSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VOTE_CLOSED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The vote is closed (VOTE_CLOSED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:vote-closed"
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
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
                     *       "instance": "/api/plan/votes/{id}/ballots/{householdId}",
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
    planVoteClose: {
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
                    "application/json": components["schemas"]["OwnerVote"];
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
                     *       "instance": "/api/plan/votes/{id}/closing",
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
    planVotePaperBallots: {
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
                "application/json": components["schemas"]["PaperBallots"];
            };
        };
        responses: {
            /** @description Each row's outcome and the vote with its tally as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperBallotsResult"];
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The vote is closed (VOTE_CLOSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VOTE_CLOSED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "The vote is closed (VOTE_CLOSED)",
                     *       "errors": [],
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:vote-closed"
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
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
                     *       "instance": "/api/plan/votes/{id}/paper-ballots",
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
    planWebhookList: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
    planWebhookCreate: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
                     *       "instance": "/api/plan/webhooks/subscriptions",
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
    planWebhookGet: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
    planWebhookDelete: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}",
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
    planWebhookDeliveries: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/deliveries",
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
    planWebhookReplay: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/replays",
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
    planWebhookResume: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/resumption",
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
    planWebhookRotateSecret: {
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/plan/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
