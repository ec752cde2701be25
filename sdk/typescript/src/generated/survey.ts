// Generated from docs/api/survey.openapi.json by scripts/generate.mjs: do not edit.
export interface paths {
    "/api/survey/audit-records": {
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
        get: operations["surveyAuditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the register
         * @description Filters narrow the list; sort by name, buildYear, registeredAt, updatedAt, districtCode, streetCode, households, floorArea or eligibility.urgencyScore, e.g. sort=buildYear,asc. Page size at most 200. You see your own district (a street: its street).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyCommunityList"];
        put?: never;
        /**
         * Register a community (登记小区)
         * @description Enters a community with its buildings in the register. Totals (buildings, households, floor area) are derived. Its eligibility is assessed at once and, if eligible, it enters the reserve library. Announces survey.CommunityRegistered (and EligibilityAssessed, CommunityReserved). With an Idempotency-Key a retry returns the first community and creates nothing. District + street + name identify a community: a second one gets 409.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["surveyCommunityRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a registered community
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyCommunityGet"];
        /**
         * Update a community's register entry (修改登记信息)
         * @description Replaces the entry with the body (same fields as registration). If-Match must carry the ETag you read; a stale one gets 412. Buildings keep their household rolls by number. Eligibility and the reserve are reassessed. Announces survey.CommunityUpdated when anything changed.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        put: operations["surveyCommunityUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/buildings/{number}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a building's household roll
         * @description Owners' names, ID-card numbers and phones are masked (张**, 220302********1233, 139****0000) unless you are the district office or the street.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyHouseholdRollRead"];
        /**
         * Set a building's household roll (录入户册)
         * @description Replaces the whole roll of the building; its households and entrances then derive from the roll (an empty list removes the roll). If-Match carries the roll's own ETag (from GET of this roll; "0" before its first roll), so rolls of different buildings never conflict. Announces survey.HouseholdRollChanged (owners as pseudonymous keys, no personal data) and, when counts change, survey.CommunityUpdated.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        put: operations["surveyHouseholdRollReplace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/buildings/{number}/roll-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a building's household roll (户册更新建议)
         * @description By another system that owns the facts (the real-estate register, scope survey.rolls.propose) for communities of its places, with an Idempotency-Key: a retry returns the first proposal. Nothing changes until the street or the district office confirms it.
         *
         *     Roles (角色): 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.rolls.propose
         */
        post: operations["surveyRollProposalPropose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A community's eligibility with reasons (改造范围认定)
         * @description Every clause of the rule with whether it held, the data it used, a sentence in Chinese and English, and its source (《铁西区城区老旧小区改造实施方案（试行）》解读 四(一)). Priority: built in or before 2000 AND no comprehensive renovation in the 5 years up to the programme year AND not in the 5-year demolition plan. By proportion: built after 2000 AND facilities clearly insufficient AND management inadequate AND willing households ≥ 2/3 AND the same two exclusions. Numbers are the programme settings. The urgency score and its parts come with it.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyEligibilityEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tallies of a community's questionnaire (调查结果统计)
         * @description Response rate, willingness, willingness to contribute, and households per menu item — for the community and per building. Counts only; residents of the community may read it too (成果共享).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyQuestionnaireTally"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/questionnaire/answers/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a household's answer
         * @description A resident reads only their own.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET, 居民 RESIDENT
         */
        get: operations["surveyQuestionnaireAnswerOf"];
        /**
         * Answer for a household (填写意愿调查)
         * @description One answer per household: answering again replaces the earlier answer. A resident answers for their own household (token claims communityId and householdId); the district office and the street enter paper answers. Household ids are <building>-<entrance>-<room>; when the building has a roll the household must be in it. Reassesses eligibility (willingness) and announces survey.QuestionnaireTallied.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET, 居民 RESIDENT
         */
        put: operations["surveyQuestionnaireAnswer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/recorded-willingness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record willingness from a survey outside the questionnaire (入户调查意愿)
         * @description Eligibility uses the larger of this figure and the questionnaire's willing count (never their sum). Reassesses the community.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        put: operations["surveyEligibilityRecordWillingness"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/reserve-readmission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Readmit a removed community to the reserve (重新入库)
         * @description With a reason; only while it is eligible. Announces survey.CommunityReserved.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["surveyReserveReadmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/communities/{id}/reserve-removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a community from the reserve (移出储备库)
         * @description With a reason; it stays out, even while eligible, until readmitted. Announces survey.CommunityRemovedFromReserve.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["surveyReserveRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/dead-letters": {
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
        get: operations["surveyDeadLetterList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/dead-letters/replay": {
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
        post: operations["surveyDeadLetterReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/dictionaries": {
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
         *     Scopes of other systems (系统对接权限): survey.read, survey.rolls.propose
         */
        get: operations["surveyDictionaryAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/dictionaries/{name}": {
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
         *     Scopes of other systems (系统对接权限): survey.read, survey.rolls.propose
         */
        get: operations["surveyDictionaryOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/eligibility-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme settings of the eligibility rule
         * @description Set in configuration (renewal.survey.eligibility.*); a change reassesses every community.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyEligibilitySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/exports/communities.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the register as CSV (UTF-8 with BOM, for Excel)
         * @description Same rows and columns as the .xlsx export.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyExportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/exports/communities.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the register as .xlsx (导出登记册)
         * @description The communities you may see, filtered like the list, one row per building, with the same columns the import reads (header "中文 key"). No personal data. Streams, so a whole city fits.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/feed": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyFeedRead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/feed/event-types": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyFeedEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/feed/head": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyFeedHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the register (导入登记册)
         * @description Upload a sheet as multipart part `file`: .xlsx (or .xls), or CSV in UTF-8 or GB18030. Row 1 is the header; columns are named by key or Chinese label, as GET /api/survey/exports/communities.xlsx writes them (one row per building, the community's columns repeated). An unreadable file is refused at once; otherwise a job starts and this answers 202 with it. Poll GET /api/survey/imports/{id}: progress counts, then a report of each refused row (row number, column, why). A community with any bad row is not stored; the others are. Communities are matched by district + street + name, so importing the same file again creates nothing twice. With an Idempotency-Key a retried upload returns the first job. At most 10 MB.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        post: operations["surveyImportSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import job: progress and report
         * @description status QUEUED → RUNNING → DONE (or FAILED); rows, processed, created, updated, unchanged, rejected counts; problems[] per row and column (at most 1000; the counts stay exact).
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE
         */
        get: operations["surveyImportGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/menu-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The menu residents choose from (改造菜单)
         * @description Items as published by plan-service for your district (the city's defaults with the district's own items and prices), in "inside first" order (先里子、后面子). Questionnaire answers may name only items listed here and not retired.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 业委会 OWNERS_COMMITTEE, 居民 RESIDENT, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyMenuItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/outreach-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The outreach log
         * @description Newest first by default; filter by community, street, channel and date range; sort by date, reach, recordedAt or channel.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyOutreachList"];
        put?: never;
        /**
         * Log an outreach activity (记录宣传发动)
         * @description By the district office or the street, for a community they may see.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["surveyOutreachLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/outreach-activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an outreach activity
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyOutreachGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reserve library (项目储备库)
         * @description Communities in the reserve, most urgent first (urgency score, then older first). Eligible communities enter by themselves and leave when no longer eligible; an office can remove one with a reason and readmit it.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 区住建局 HOUSING_BUREAU, 财政部门 FINANCE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyReserveReserve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/roll-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roll proposals to decide (or, for the proposer, its own), newest first
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.rolls.propose
         */
        get: operations["surveyRollProposalList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/roll-proposals/{proposalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a roll proposal
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 市旧改办 CITY_OFFICE, 街道/社区 STREET, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.rolls.propose
         */
        get: operations["surveyRollProposalGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/roll-proposals/{proposalId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm: the proposed roll becomes the building's roll (确认)
         * @description Exactly as if the office had entered it (every check of PUT …/households applies and announces survey.HouseholdRollChanged); a decided proposal is 409 ROLL_PROPOSAL_DECIDED.
         *
         *     Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["surveyRollProposalConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/roll-proposals/{proposalId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject with a reason (退回)
         * @description Roles (角色): 区旧改办 DISTRICT_OFFICE, 街道/社区 STREET
         */
        post: operations["surveyRollProposalReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/webhooks/subscriptions": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyWebhookList"];
        put?: never;
        /**
         * Subscribe (订阅) (INTEGRATION, CITY_OFFICE)
         * @description Events of the chosen types and place are POSTed to the URL as CloudEvents (application/cloudevents+json), signed with the returned secret as the Standard Webhooks specification describes (webhook-id, webhook-timestamp, webhook-signature), one at a time in order, at least once: a receiver recognises a repeat by its webhook-id. Failed deliveries are retried, waiting from 5 s doubling to 1 h, for 72 hours; then the subscription pauses with the reason. The place must be one the caller may read. A retry with the same Idempotency-Key returns the first subscription.
         *
         *     Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        post: operations["surveyWebhookCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/webhooks/subscriptions/{subscriptionId}": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyWebhookGet"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe: deliveries stop at once
         * @description Roles (角色): 市旧改办 CITY_OFFICE, 系统对接 INTEGRATION
         *
         *     Scopes of other systems (系统对接权限): survey.read
         */
        delete: operations["surveyWebhookDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        get: operations["surveyWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/webhooks/subscriptions/{subscriptionId}/replays": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        post: operations["surveyWebhookReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        post: operations["surveyWebhookResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations": {
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
         *     Scopes of other systems (系统对接权限): survey.read
         */
        post: operations["surveyWebhookRotateSecret"];
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
        Building: {
            /**
             * Format: int32
             * @description Entrances (单元数): from the roll when there is one
             * @example 2
             */
            entrances: number | null;
            /** @example 3120.5 */
            floorArea: number | null;
            /**
             * Format: int32
             * @example 6
             */
            floors: number | null;
            /** @example false */
            hasElevator: boolean;
            /**
             * Format: int32
             * @description Households (户数): from the roll when there is one
             * @example 48
             */
            households: number;
            /**
             * @description REGISTERED or ROLL: where households and entrances come from
             * @example REGISTERED
             */
            householdsSource: string | null;
            /** @example 1 */
            number: string | null;
        };
        /** @description A building (楼栋) */
        BuildingInput: {
            /**
             * Format: int32
             * @description Entrances / units (单元数); not more than households
             * @example 2
             */
            entrances?: number | null;
            /**
             * @description Floor area in m², at most two decimals (建筑面积)
             * @example 3120.5
             */
            floorArea: number;
            /**
             * Format: int32
             * @description Floors above ground (层数)
             * @example 6
             */
            floors?: number | null;
            /**
             * @description Has an elevator (有电梯)
             * @default false
             * @example false
             */
            hasElevator: boolean | null;
            /**
             * Format: int32
             * @description Households (户数); once the building has a household roll, derived from it
             * @example 48
             */
            households: number;
            /**
             * @description Building number (楼号), unique within the community
             * @example 1
             */
            number: string;
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
        /** @description A registered community (登记造册的小区) */
        Community: {
            /** @example 四平市铁西区北山路 18 号 */
            address: string | null;
            /**
             * Format: int32
             * @description Number of buildings (楼栋数), derived
             * @example 2
             */
            buildingCount: number;
            buildings: components["schemas"]["Building"][] | null;
            /**
             * Format: int32
             * @example 1994
             */
            buildYear: number;
            /** @example 220302001003 */
            committeeCode: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /** @description Current eligibility (改造范围); details at .../eligibility */
            eligibility: components["schemas"]["EligibilitySummary"] | null;
            /**
             * @example [
             *       "ROOF_LEAKING"
             *     ]
             */
            facilityDeficiencies: ("ROOF_LEAKING" | "STAIRWELLS_DAMAGED" | "STAIRWELL_LIGHTING_MISSING" | "ENTRANCE_DOORS_MISSING" | "CABLES_MESSY" | "ROADS_DAMAGED" | "WATER_SUPPLY_AGED" | "DRAINAGE_INADEQUATE" | "POWER_SUPPLY_AGED" | "GAS_SUPPLY_AGED" | "HEATING_INADEQUATE" | "FIRE_SAFETY_INADEQUATE" | "STREET_LIGHTS_MISSING" | "PARKING_INSUFFICIENT" | "WASTE_SORTING_MISSING" | "SECURITY_MISSING" | "SERVICE_FACILITIES_MISSING" | "GREEN_SPACE_LACKING" | null)[] | null;
            /**
             * @description Floor area in m² (建筑面积), derived
             * @example 5600.5
             */
            floorArea: number | null;
            /**
             * Format: int32
             * @description Households (户数), derived
             * @example 84
             */
            households: number;
            /** @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01 */
            id: string | null;
            /** @example false */
            inDemolitionPlan: boolean;
            /**
             * Format: int32
             * @example 2012
             */
            lastRenovationYear: number | null;
            location: components["schemas"]["Location"] | null;
            /**
             * @example NONE
             * @enum {string|null}
             */
            managementStatus: "PROFESSIONAL" | "ORIGINAL_UNIT" | "NONE" | "SELF_MANAGED" | null;
            /** @example 北山小区 */
            name: string | null;
            /**
             * @example REFORMED_PUBLIC_HOUSING
             * @enum {string|null}
             */
            propertyRight: "COMMODITY_HOUSING" | "REFORMED_PUBLIC_HOUSING" | "UNIT_OWNED" | "RESETTLEMENT" | "MIXED" | "OTHER" | null;
            /** @description Questionnaire so far */
            questionnaire: components["schemas"]["QuestionnaireSummary"] | null;
            /** @description Willingness figure from a survey outside the questionnaire, if recorded */
            recordedWillingness: components["schemas"]["RecordedWillingnessView"] | null;
            /**
             * Format: date-time
             * @example 2026-11-25T01:30:00Z
             */
            registeredAt: string | null;
            /** @description Place in the reserve library (项目储备库) */
            reserve: components["schemas"]["ReserveEntry"] | null;
            /** @example 220302001 */
            streetCode: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T01:30:00Z
             */
            updatedAt: string | null;
            /**
             * Format: int64
             * @description Version, also sent as ETag
             * @example 0
             */
            version: number;
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
        Eligibility: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            assessedAt: string | null;
            clauses: components["schemas"]["EligibilityClauseResult"][] | null;
            /** @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01 */
            communityId: string | null;
            /** @example true */
            eligible: boolean;
            /**
             * @example PRIORITY
             * @enum {string|null}
             */
            outcome: "PRIORITY" | "BY_PROPORTION" | "NOT_ELIGIBLE" | null;
            outcomeLabel: components["schemas"]["Label"] | null;
            /**
             * Format: int32
             * @example 2026
             */
            programmeYear: number;
            /** @example 《铁西区城区老旧小区改造实施方案（试行）》解读 四(一) 改造范围 */
            source: string | null;
            urgency: components["schemas"]["UrgencyScore"] | null;
        };
        EligibilityClauseResult: {
            /**
             * @example BUILT_BY_CUTOFF
             * @enum {string|null}
             */
            clause: "BUILT_BY_CUTOFF" | "BUILT_AFTER_CUTOFF" | "NO_RECENT_RENOVATION" | "NOT_IN_DEMOLITION_PLAN" | "FACILITIES_INSUFFICIENT" | "MANAGEMENT_INADEQUATE" | "RESIDENTS_WILLING" | null;
            /**
             * @description Outcomes this clause is a condition of
             * @example [
             *       "PRIORITY"
             *     ]
             */
            conditionOf: ("PRIORITY" | "BY_PROPORTION" | "NOT_ELIGIBLE" | null)[] | null;
            /**
             * @example {
             *       "buildYear": 1994,
             *       "cutoffYear": 2000
             *     }
             */
            data: {
                [key: string]: unknown;
            } | null;
            explanation: components["schemas"]["Explanation"] | null;
            /** @example true */
            held: boolean;
            label: components["schemas"]["Label"] | null;
        };
        EligibilitySettings: {
            /**
             * Format: int32
             * @description Built in or before: old (2000)
             * @example 2000
             */
            cutoffYear: number;
            /**
             * Format: int32
             * @description Deficiencies that make facilities clearly insufficient
             * @example 3
             */
            deficiencyThreshold: number;
            /**
             * @description Management statuses counted inadequate
             * @example [
             *       "NONE"
             *     ]
             */
            inadequateManagement: (string | null)[] | null;
            /**
             * Format: int32
             * @example 2026
             */
            programmeYear: number;
            /**
             * Format: int32
             * @description A renovation fewer years ago is recent
             * @example 5
             */
            recentRenovationYears: number;
            /** @example 《铁西区城区老旧小区改造实施方案（试行）》解读 四(一) 改造范围 */
            source: string | null;
            /**
             * @description Willing share of households required
             * @example 2/3
             */
            willingnessShare: string | null;
        };
        EligibilitySummary: {
            /**
             * @example PRIORITY
             * @enum {string|null}
             */
            outcome: "PRIORITY" | "BY_PROPORTION" | "NOT_ELIGIBLE" | null;
            /**
             * Format: int32
             * @example 2026
             */
            programmeYear: number | null;
            /**
             * @description Urgency score 0–100 (紧迫度), orders the reserve
             * @example 61.9
             */
            urgencyScore: number | null;
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
        Explanation: {
            /** @example Completed */
            en: string | null;
            /** @example 已竣工 */
            zh: string | null;
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
        Household: {
            /** @example 1 */
            entrance: string | null;
            /** @example 62.35 */
            exclusiveArea: number | null;
            /**
             * Format: int32
             * @example 1
             */
            floor: number;
            /** @example 1-1-101 */
            householdId: string | null;
            owner: components["schemas"]["Owner"] | null;
            /** @example 101 */
            room: string | null;
        };
        /** @description A household (户) with its owner */
        HouseholdInput: {
            /**
             * @description Entrance / unit (单元), letters or digits
             * @example 1
             */
            entrance: string;
            /**
             * @description Exclusive floor area in m² (专有部分面积)
             * @example 62.35
             */
            exclusiveArea: number;
            /**
             * Format: int32
             * @description Floor (楼层), 1 to the building's floors
             * @example 1
             */
            floor: number;
            /** @description The owner (业主); one owner may hold several units */
            owner: components["schemas"]["OwnerInput"];
            /**
             * @description Room number (房号), letters or digits
             * @example 101
             */
            room: string;
        };
        /** @description The household roll (户册) of one building; replaces the whole roll. An empty list removes it and the registered counts apply again. */
        HouseholdRoll: {
            households: components["schemas"]["HouseholdInput"][];
        };
        HouseholdRollView: {
            /** @example 1 */
            buildingNumber: string | null;
            /**
             * @description Sum of exclusive areas m²
             * @example 2990.4
             */
            exclusiveArea: number | null;
            /**
             * Format: int32
             * @example 48
             */
            households: number;
            /**
             * @description Whether owners' personal data is masked for you
             * @example false
             */
            masked: boolean;
            roll: components["schemas"]["Household"][] | null;
        };
        /** @description An import of the register (导入) with progress and a per-row report */
        ImportJob: {
            /**
             * Format: int32
             * @description Communities created
             * @example 2400
             */
            created: number;
            /**
             * @description Why the job failed, when it did
             * @example 楼道照明不足 Stairwell lighting is poor
             */
            failure: string | null;
            /**
             * @description SHA-256 of the file
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            fileDigest: string | null;
            /** @example 铁西区老旧小区摸底表.xlsx */
            fileName: string | null;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            finishedAt: string | null;
            /** @example 0f6c1c8e-2b8f-4f55-8a7e-0f1a8d1c2b3a */
            id: string | null;
            /**
             * @description Language of the report texts
             * @example zh
             */
            language: string | null;
            /** @description Problems, one per row and field (at most 1000) */
            problems: components["schemas"]["ImportRowProblem"][] | null;
            /**
             * Format: int32
             * @description Rows done so far
             * @example 10000
             */
            processed: number;
            /**
             * Format: int32
             * @description Communities refused (none of their rows stored)
             * @example 3
             */
            rejectedCommunities: number;
            /**
             * Format: int32
             * @description Rows refused
             * @example 5
             */
            rejectedRows: number;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            requestedAt: string | null;
            /** @example district-tiexi */
            requestedBy: string | null;
            /**
             * Format: int32
             * @description Data rows in the file
             * @example 10000
             */
            rows: number;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            startedAt: string | null;
            /**
             * @example DONE
             * @enum {string|null}
             */
            status: "QUEUED" | "RUNNING" | "DONE" | "FAILED" | null;
            /**
             * Format: int32
             * @description Communities already as in the file
             * @example 0
             */
            unchanged: number;
            /**
             * Format: int32
             * @description Communities updated
             * @example 12
             */
            updated: number;
        };
        ImportRowProblem: {
            /**
             * @description Column key
             * @example households
             */
            field: string | null;
            /** @example 必须大于0 */
            message: string | null;
            /**
             * Format: int32
             * @description Row number in the sheet (header is row 1)
             * @example 17
             */
            row: number;
        };
        Label: {
            /** @example Completed */
            en: string | null;
            /** @example 已竣工 */
            zh: string | null;
        };
        /** @description WGS-84 decimal degrees */
        Location: {
            /** @example 43.1706 */
            latitude: number;
            /** @example 124.3502 */
            longitude: number;
        };
        /** @description An outreach activity to log */
        LogOutreach: {
            /**
             * @description Channel (dictionary outreachChannels)
             * @example DOOR_TO_DOOR
             * @enum {string}
             */
            channel: "DOOR_TO_DOOR" | "MEETING" | "WECHAT" | "NOTICE_BOARD" | "MEDIA";
            /** @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01 */
            communityId: string;
            /**
             * Format: date
             * @description Date, not in the future
             * @example 2026-11-20
             */
            date: string;
            /**
             * Format: int32
             * @description Households (or, for media, people) reached
             * @example 36
             */
            reach: number;
            /** @example 讲解改造政策、内容与流程，发放意愿调查表 */
            summary?: string | null;
        };
        /** @description An item of the renovation menu (改造菜单), as published by plan-service */
        MenuItem: {
            /** @example HOUSING_FUNCTION */
            category: string | null;
            /** @example ROOF_WATERPROOFING */
            code: string | null;
            /**
             * Format: int32
             * @example 10
             */
            displayOrder: number | null;
            /**
             * @description null: the city's default; else the district's own item or copy
             * @example null
             */
            districtCode: string | null;
            /** @example Roof waterproofing */
            labelEn: string | null;
            /** @example 屋面防水 */
            labelZh: string | null;
            /** @example BASIC */
            nationalClass: string | null;
            /**
             * @description Retired items are no longer offered
             * @example false
             */
            retired: boolean;
        };
        /** @description An outreach activity (宣传发动记录) */
        OutreachActivity: {
            /**
             * @example DOOR_TO_DOOR
             * @enum {string|null}
             */
            channel: "DOOR_TO_DOOR" | "MEETING" | "WECHAT" | "NOTICE_BOARD" | "MEDIA" | null;
            /** @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01 */
            communityId: string | null;
            /** @example 北山小区 */
            communityName: string | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /** @example 6b1f7c1e-8a55-4a0e-9d3c-2f6f1a0e9b11 */
            id: string | null;
            /**
             * Format: int32
             * @description Households (or, for media, people) reached
             * @example 36
             */
            reach: number;
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            recordedAt: string | null;
            /**
             * @description Who logged it (token subject)
             * @example street-tiexi
             */
            recordedBy: string | null;
            /** @example 220302001 */
            streetCode: string | null;
            /** @example 讲解改造政策、内容与流程，发放意愿调查表 */
            summary: string | null;
        };
        Owner: {
            /** @example 220302198001011233 */
            idNumber: string | null;
            /**
             * @description Pseudonymous owner key; equal keys mean the same owner
             * @example mQ3n0i6mVw1xq2Jd8aZcLw
             */
            key: string | null;
            /** @example 张建国 */
            name: string | null;
            /** @example 13904340000 */
            phone: string | null;
        };
        /** @description An owner (业主). Personal data: shown in full only to the district office and the street, masked elsewhere, never published in events. Give the ID-card number, or a phone when there is none: it tells one owner of several units from namesakes. */
        OwnerInput: {
            /**
             * @description Resident ID-card number, 18 characters with a valid check digit (身份证号, GB 11643)
             * @example 220302198001011233
             */
            idNumber?: string | null;
            /**
             * @description Name (姓名)
             * @example 张建国
             */
            name: string;
            /**
             * @description Phone (联系电话): mobile or landline
             * @example 13904340000
             */
            phone?: string | null;
        };
        PagedModelAuditRecord: {
            content: components["schemas"]["AuditRecord"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelCommunity: {
            content: components["schemas"]["Community"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelDeliveryView: {
            content: components["schemas"]["DeliveryView"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelOutreachActivity: {
            content: components["schemas"]["OutreachActivity"][];
            page: components["schemas"]["PageMetadata"];
        };
        PagedModelRollProposal: {
            content: components["schemas"]["RollProposal"][];
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
        Part: {
            /** @example ROOF_WATERPROOFING */
            code: string | null;
            /** @example 1.5 */
            maxPoints: number | null;
            /** @example 1.5 */
            points: number | null;
            /** @example 1.5 */
            value: number | null;
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
        /** @description One household's answer (意愿调查 / 菜单自选) */
        QuestionnaireAnswer: {
            /**
             * @description Menu items wanted (菜单自选), codes from GET /api/survey/menu-items
             * @example [
             *       "ROOF_WATERPROOFING",
             *       "STAIRWELL_LIGHTING"
             *     ]
             */
            items?: (string | null)[] | null;
            /**
             * @description Willing to renovate (同意改造)
             * @example true
             */
            willing: boolean;
            /**
             * @description Willing to contribute money (愿意出资)
             * @default false
             * @example true
             */
            willingToContribute: boolean | null;
        };
        QuestionnaireBuildingTally: {
            /**
             * Format: int32
             * @example 48
             */
            households: number;
            items: components["schemas"]["QuestionnaireItemCount"][] | null;
            /** @example 1 */
            number: string | null;
            /**
             * Format: int32
             * @example 35
             */
            respondents: number;
            /**
             * Format: int32
             * @example 33
             */
            willing: number;
        };
        QuestionnaireItemCount: {
            /** @example ROOF_WATERPROOFING */
            code: string | null;
            /**
             * Format: int32
             * @example 52
             */
            households: number;
            /** @example Roof waterproofing */
            labelEn: string | null;
            /** @example 屋面防水 */
            labelZh: string | null;
        };
        QuestionnaireSummary: {
            /**
             * Format: int32
             * @example 60
             */
            respondents: number;
            /**
             * Format: int32
             * @example 57
             */
            willing: number;
        };
        QuestionnaireTally: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            asOf: string | null;
            buildings: components["schemas"]["QuestionnaireBuildingTally"][] | null;
            /** @example c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01 */
            communityId: string | null;
            /**
             * Format: int32
             * @example 84
             */
            households: number;
            items: components["schemas"]["QuestionnaireItemCount"][] | null;
            /**
             * Format: int32
             * @example 60
             */
            respondents: number;
            /**
             * @description Respondents per 100 households
             * @example 71.43
             */
            responseRate: number | null;
            /**
             * Format: int32
             * @example 57
             */
            willing: number;
            /**
             * @description Willing per 100 households
             * @example 67.86
             */
            willingShare: number | null;
            /**
             * Format: int32
             * @example 41
             */
            willingToContribute: number;
        };
        /** @description Willing households from a survey outside the questionnaire (e.g. door-to-door on paper). Eligibility uses the larger of this and the questionnaire's count. */
        RecordedWillingness: {
            /**
             * @description Note (说明)
             * @example 入户调查，居委会汇总
             */
            note?: string | null;
            /**
             * Format: date
             * @description Date of the survey
             * @example 2026-10-12
             */
            surveyedOn: string;
            /**
             * Format: int32
             * @description Households willing to renovate
             * @example 70
             */
            willingHouseholds: number;
        };
        RecordedWillingnessView: {
            /** @example 入户调查，居委会汇总 */
            note: string | null;
            /**
             * Format: date
             * @example 2026-10-12
             */
            surveyedOn: string | null;
            /**
             * Format: int32
             * @example 70
             */
            willingHouseholds: number;
        };
        /** @description A community's register entry (登记造册); the body of both registration (POST) and update (PUT). Totals are derived from the buildings, never sent. */
        RegisterCommunity: {
            /**
             * @description Address (地址)
             * @example 四平市铁西区北山路 18 号
             */
            address?: string | null;
            /** @description Its buildings (楼栋), at least one, numbers unique */
            buildings: components["schemas"]["BuildingInput"][];
            /**
             * Format: int32
             * @description Year built (建成年份), 1900 to this year
             * @example 1994
             */
            buildYear: number;
            /**
             * @description Community committee code, 12 digits, starting with the street code (社区居委会统计用区划代码)
             * @example 220302001003
             */
            committeeCode?: string | null;
            /**
             * @description District code, 6 digits (区县行政区划代码)
             * @example 220302
             */
            districtCode: string;
            /**
             * @description Facility deficiencies found by the survey (设施缺失项); dictionary facilityDeficiencies
             * @example [
             *       "ROOF_LEAKING",
             *       "DRAINAGE_INADEQUATE",
             *       "STREET_LIGHTS_MISSING"
             *     ]
             */
            facilityDeficiencies?: ("ROOF_LEAKING" | "STAIRWELLS_DAMAGED" | "STAIRWELL_LIGHTING_MISSING" | "ENTRANCE_DOORS_MISSING" | "CABLES_MESSY" | "ROADS_DAMAGED" | "WATER_SUPPLY_AGED" | "DRAINAGE_INADEQUATE" | "POWER_SUPPLY_AGED" | "GAS_SUPPLY_AGED" | "HEATING_INADEQUATE" | "FIRE_SAFETY_INADEQUATE" | "STREET_LIGHTS_MISSING" | "PARKING_INSUFFICIENT" | "WASTE_SORTING_MISSING" | "SECURITY_MISSING" | "SERVICE_FACILITIES_MISSING" | "GREEN_SPACE_LACKING" | null)[] | null;
            /**
             * @description In the demolition/relocation plan for the next 5 years (纳入今后5年征迁改造计划)
             * @default false
             * @example false
             */
            inDemolitionPlan: boolean | null;
            /**
             * Format: int32
             * @description Year of the last comprehensive renovation (最近一次综合改造年份), if any; not before the build year nor after this year
             * @example 2012
             */
            lastRenovationYear?: number | null;
            /** @description Position, WGS-84 (经纬度) */
            location?: components["schemas"]["Location"] | null;
            /**
             * @description Property-management status (物业管理状况); dictionary managementStatuses
             * @example NONE
             * @enum {string|null}
             */
            managementStatus?: "PROFESSIONAL" | "ORIGINAL_UNIT" | "NONE" | "SELF_MANAGED" | null;
            /**
             * @description Name (小区名称); with district and street the community's natural key
             * @example 北山小区
             */
            name: string;
            /**
             * @description Property-right nature (产权性质); dictionary propertyRights
             * @example REFORMED_PUBLIC_HOUSING
             * @enum {string|null}
             */
            propertyRight?: "COMMODITY_HOUSING" | "REFORMED_PUBLIC_HOUSING" | "UNIT_OWNED" | "RESETTLEMENT" | "MIXED" | "OTHER" | null;
            /**
             * @description Street code, 9 digits, starting with the district code (街道统计用区划代码)
             * @example 220302001
             */
            streetCode: string;
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
        /** @description A reason for removing a community from, or readmitting it to, the reserve library */
        ReserveDecision: {
            /**
             * @description Reason (理由)
             * @example 已纳入棚户区改造，暂缓
             */
            reason: string;
        };
        ReserveEntry: {
            /**
             * Format: date-time
             * @example 2026-12-07T08:30:00Z
             */
            changedAt: string | null;
            /** @example district-tiexi */
            changedBy: string | null;
            /**
             * @description ELIGIBLE, NO_LONGER_ELIGIBLE, or the reason an office gave
             * @example ELIGIBLE
             */
            reason: string | null;
            /**
             * @example RESERVED
             * @enum {string|null}
             */
            status: "NOT_RESERVED" | "RESERVED" | "REMOVED" | null;
        };
        /** @description A proposed household roll and its decision */
        RollProposal: {
            /** @example 1 */
            buildingNumber: string | null;
            /** @example e12f6fe5-84a2-30c0-936a-09c1b5a71e38 */
            communityId: string | null;
            /**
             * Format: date-time
             * @example 2027-03-16T09:00:00Z
             */
            decidedAt: string | null;
            /** @example street-tiexi */
            decidedBy: string | null;
            /** @example 220302 */
            districtCode: string | null;
            /**
             * @description Sum of the proposed exclusive areas, m²
             * @example 2990.4
             */
            exclusiveArea: number | null;
            /**
             * Format: int32
             * @example 48
             */
            households: number;
            /** @example 7f0e6d5c-4b3a-3291-8f7e-6d5c4b3a2918 */
            id: string | null;
            /**
             * Format: date-time
             * @example 2027-03-15T08:30:00Z
             */
            proposedAt: string | null;
            /** @example register-demo */
            proposedBy: string | null;
            /**
             * @description Why it was rejected
             * @example 3单元房号与现场不符
             */
            reason: string | null;
            /** @example 不动产登记-2027-000321 */
            reference: string | null;
            roll: components["schemas"]["HouseholdInput"][] | null;
            /**
             * @description PROPOSED, CONFIRMED or REJECTED
             * @example PROPOSED
             */
            status: string | null;
            /** @example 220302001 */
            streetCode: string | null;
        };
        RollProposalInput: {
            /**
             * @description The proposer's own reference (e.g. the register's record number)
             * @example 不动产登记-2027-000321
             */
            reference: string;
            roll: components["schemas"]["HouseholdRoll"];
        };
        RollProposalRejection: {
            /** @example 3单元房号与现场不符 */
            reason: string;
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
        UrgencyScore: {
            parts: components["schemas"]["Part"][] | null;
            /** @example 1.5 */
            score: number | null;
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
    surveyAuditList: {
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
                     *       "instance": "/api/survey/audit-records",
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
                     *       "instance": "/api/survey/audit-records",
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
                     *       "instance": "/api/survey/audit-records",
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
                     *       "instance": "/api/survey/audit-records",
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
                     *       "instance": "/api/survey/audit-records",
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
                     *       "instance": "/api/survey/audit-records",
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
    surveyCommunityList: {
        parameters: {
            query?: {
                /** @description Built in or after */
                buildYearFrom?: number;
                /** @description Built in or before */
                buildYearTo?: number;
                /** @description District code */
                districtCode?: string;
                /** @description Eligibility outcome (dictionary eligibilityOutcomes) */
                eligibility?: "PRIORITY" | "BY_PROPORTION" | "NOT_ELIGIBLE";
                /** @description Part of the name */
                name?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Place in the reserve library (dictionary reserveStatuses) */
                reserveStatus?: "NOT_RESERVED" | "RESERVED" | "REMOVED";
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("name,ASC" | "name,DESC" | "buildYear,ASC" | "buildYear,DESC" | "registeredAt,ASC" | "registeredAt,DESC" | "updatedAt,ASC" | "updatedAt,DESC" | "districtCode,ASC" | "districtCode,DESC" | "streetCode,ASC" | "streetCode,DESC" | "households,ASC" | "households,DESC" | "floorArea,ASC" | "floorArea,DESC" | "eligibility.urgencyScore,ASC" | "eligibility.urgencyScore,DESC")[];
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
                    "application/json": components["schemas"]["PagedModelCommunity"];
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
    surveyCommunityRegister: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key making the POST safe to retry
                 * @example reg-2026-0001
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCommunity"];
            };
        };
        responses: {
            /** @description Registered; Location and ETag headers set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description Invalid input; errors[] names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid input; errors[] names each field",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already registered under this name in this street (COMMUNITY_ALREADY_REGISTERED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "COMMUNITY_ALREADY_REGISTERED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Already registered under this name in this street (COMMUNITY_ALREADY_REGISTERED)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:community-already-registered"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused for a different request (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Idempotency-Key reused for a different request (IDEMPOTENCY_KEY_REUSED)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:idempotency-key-reused"
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
                     *       "instance": "/api/survey/communities",
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
    surveyCommunityGet: {
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
            /** @description The community; ETag carries its version */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community (COMMUNITY_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "COMMUNITY_NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such community (COMMUNITY_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
    surveyCommunityUpdate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The ETag of the version you read
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
                "application/json": components["schemas"]["RegisterCommunity"];
            };
        };
        responses: {
            /** @description Updated (or unchanged); ETag carries the new version */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale (PRECONDITION_FAILED) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is stale (PRECONDITION_FAILED)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:rule-violated"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing (PRECONDITION_REQUIRED) */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match missing (PRECONDITION_REQUIRED)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
                     *       "instance": "/api/survey/communities/{id}",
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
    surveyHouseholdRollRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: string;
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
                    "application/json": components["schemas"]["HouseholdRollView"];
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
    surveyHouseholdRollReplace: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The roll's ETag
                 * @example "0"
                 */
                "If-Match": string;
            };
            path: {
                id: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdRoll"];
            };
        };
        responses: {
            /** @description The roll as stored; ETag carries the roll's new version */
            200: {
                headers: {
                    /** @description The record's version, quoted ("3"): send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdRollView"];
                };
            };
            /** @description Invalid household; errors[] names it, e.g. households[3].floor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Invalid household; errors[] names it, e.g. households[3].floor",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale (PRECONDITION_FAILED) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PRECONDITION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "If-Match is stale (PRECONDITION_FAILED)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/households",
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
    surveyRollProposalPropose: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Required; a retry with the same key returns the first proposal
                 * @example reg-2027-000321
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollProposalInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollProposal"];
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
                     *       "instance": "/api/survey/communities/{id}/buildings/{number}/roll-proposals",
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
    surveyEligibilityEligibility: {
        parameters: {
            query?: {
                /**
                 * @description Programme year; default the current programme year
                 * @example 2026
                 */
                year?: number;
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
                    "application/json": components["schemas"]["Eligibility"];
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
                     *       "instance": "/api/survey/communities/{id}/eligibility",
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
                     *       "instance": "/api/survey/communities/{id}/eligibility",
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
                     *       "instance": "/api/survey/communities/{id}/eligibility",
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
                     *       "instance": "/api/survey/communities/{id}/eligibility",
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
                     *       "instance": "/api/survey/communities/{id}/eligibility",
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
                     *       "instance": "/api/survey/communities/{id}/eligibility",
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
                     *       "instance": "/api/survey/communities/{id}/eligibility",
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
    surveyQuestionnaireTally: {
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
                    "application/json": components["schemas"]["QuestionnaireTally"];
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire",
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
    surveyQuestionnaireAnswerOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                householdId: string;
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
                    "application/json": components["schemas"]["QuestionnaireAnswer"];
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
    surveyQuestionnaireAnswer: {
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
                "application/json": components["schemas"]["QuestionnaireAnswer"];
            };
        };
        responses: {
            /** @description The answer as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireAnswer"];
                };
            };
            /** @description Unknown or retired menu item, named by its index in items[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "VALIDATION_FAILED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Unknown or retired menu item, named by its index in items[]",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
                     *       "status": 401,
                     *       "title": "需要登录",
                     *       "type": "urn:renewal:problem:authentication-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not your household (NOT_YOUR_HOUSEHOLD) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_YOUR_HOUSEHOLD",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not your household (NOT_YOUR_HOUSEHOLD)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:not-your-household"
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
                     *       "instance": "/api/survey/communities/{id}/questionnaire/answers/{householdId}",
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
    surveyEligibilityRecordWillingness: {
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
                "application/json": components["schemas"]["RecordedWillingness"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
                     *       "instance": "/api/survey/communities/{id}/recorded-willingness",
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
    surveyReserveReadmit: {
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
                "application/json": components["schemas"]["ReserveDecision"];
            };
        };
        responses: {
            /** @description Readmitted to the reserve: the community as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not removed (NOT_REMOVED_FROM_RESERVE) or not eligible (NOT_ELIGIBLE_FOR_RESERVE) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_REMOVED_FROM_RESERVE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not removed (NOT_REMOVED_FROM_RESERVE) or not eligible (NOT_ELIGIBLE_FOR_RESERVE)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:not-removed-from-reserve"
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-readmission",
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
    surveyReserveRemove: {
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
                "application/json": components["schemas"]["ReserveDecision"];
            };
        };
        responses: {
            /** @description Removed from the reserve: the community as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not in the reserve (NOT_IN_RESERVE) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_IN_RESERVE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not in the reserve (NOT_IN_RESERVE)",
                     *       "errors": [],
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
                     *       "status": 422,
                     *       "title": "不符合业务规则",
                     *       "type": "urn:renewal:problem:not-in-reserve"
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
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
                     *       "instance": "/api/survey/communities/{id}/reserve-removal",
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
    surveyDeadLetterList: {
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
                     *       "instance": "/api/survey/dead-letters",
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
                     *       "instance": "/api/survey/dead-letters",
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
                     *       "instance": "/api/survey/dead-letters",
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
                     *       "instance": "/api/survey/dead-letters",
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
                     *       "instance": "/api/survey/dead-letters",
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
    surveyDeadLetterReplay: {
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
                     *       "instance": "/api/survey/dead-letters/replay",
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
    surveyDictionaryAll: {
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
                     *       "instance": "/api/survey/dictionaries",
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
                     *       "instance": "/api/survey/dictionaries",
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
                     *       "instance": "/api/survey/dictionaries",
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
                     *       "instance": "/api/survey/dictionaries",
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
                     *       "instance": "/api/survey/dictionaries",
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
    surveyDictionaryOne: {
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
                     *       "instance": "/api/survey/dictionaries/{name}",
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
                     *       "instance": "/api/survey/dictionaries/{name}",
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
                     *       "instance": "/api/survey/dictionaries/{name}",
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
                     *       "instance": "/api/survey/dictionaries/{name}",
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
                     *       "instance": "/api/survey/dictionaries/{name}",
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
                     *       "instance": "/api/survey/dictionaries/{name}",
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
                     *       "instance": "/api/survey/dictionaries/{name}",
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
    surveyEligibilitySettings: {
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
                    "application/json": components["schemas"]["EligibilitySettings"];
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
                     *       "instance": "/api/survey/eligibility-settings",
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
                     *       "instance": "/api/survey/eligibility-settings",
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
                     *       "instance": "/api/survey/eligibility-settings",
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
                     *       "instance": "/api/survey/eligibility-settings",
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
                     *       "instance": "/api/survey/eligibility-settings",
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
    surveyExportCsv: {
        parameters: {
            query?: {
                /** @example 220302 */
                districtCode?: string;
                eligibility?: "PRIORITY" | "BY_PROPORTION" | "NOT_ELIGIBLE";
                reserveStatus?: "NOT_RESERVED" | "RESERVED" | "REMOVED";
                /** @example 220302001 */
                streetCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register as CSV, UTF-8 with BOM (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
                     *       "instance": "/api/survey/exports/communities.csv",
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
                     *       "instance": "/api/survey/exports/communities.csv",
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
                     *       "instance": "/api/survey/exports/communities.csv",
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
                     *       "instance": "/api/survey/exports/communities.csv",
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
                     *       "instance": "/api/survey/exports/communities.csv",
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
                     *       "instance": "/api/survey/exports/communities.csv",
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
    surveyExportXlsx: {
        parameters: {
            query?: {
                /** @example 220302 */
                districtCode?: string;
                eligibility?: "PRIORITY" | "BY_PROPORTION" | "NOT_ELIGIBLE";
                reserveStatus?: "NOT_RESERVED" | "RESERVED" | "REMOVED";
                /** @example 220302001 */
                streetCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register workbook (attachment) */
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
                     *       "instance": "/api/survey/exports/communities.xlsx",
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
                     *       "instance": "/api/survey/exports/communities.xlsx",
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
                     *       "instance": "/api/survey/exports/communities.xlsx",
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
                     *       "instance": "/api/survey/exports/communities.xlsx",
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
                     *       "instance": "/api/survey/exports/communities.xlsx",
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
                     *       "instance": "/api/survey/exports/communities.xlsx",
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
    surveyFeedRead: {
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
                     *       "instance": "/api/survey/feed",
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
                     *       "instance": "/api/survey/feed",
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
                     *       "instance": "/api/survey/feed",
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
                     *       "instance": "/api/survey/feed",
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
                     *       "instance": "/api/survey/feed",
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
                     *       "instance": "/api/survey/feed",
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
    surveyFeedEventTypes: {
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
                     *       "instance": "/api/survey/feed/event-types",
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
                     *       "instance": "/api/survey/feed/event-types",
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
                     *       "instance": "/api/survey/feed/event-types",
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
                     *       "instance": "/api/survey/feed/event-types",
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
                     *       "instance": "/api/survey/feed/event-types",
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
    surveyFeedHead: {
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
                     *       "instance": "/api/survey/feed/head",
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
                     *       "instance": "/api/survey/feed/head",
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
                     *       "instance": "/api/survey/feed/head",
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
                     *       "instance": "/api/survey/feed/head",
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
                     *       "instance": "/api/survey/feed/head",
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
    surveyImportSubmit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key making the upload safe to retry
                 * @example import-2026-11
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The sheet
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Job accepted; Location names it */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Not a spreadsheet or CSV, or a required column is missing (IMPORT_FILE_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "IMPORT_FILE_UNREADABLE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Not a spreadsheet or CSV, or a required column is missing (IMPORT_FILE_UNREADABLE)",
                     *       "errors": [
                     *         {
                     *           "field": "buildings[0].households",
                     *           "message": "必须大于0"
                     *         }
                     *       ],
                     *       "instance": "/api/survey/imports",
                     *       "status": 400,
                     *       "title": "请求数据不合法",
                     *       "type": "urn:renewal:problem:import-file-unreadable"
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
                     *       "instance": "/api/survey/imports",
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
                     *       "instance": "/api/survey/imports",
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
                     *       "instance": "/api/survey/imports",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:conflict"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than 10 MB (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Larger than 10 MB (PAYLOAD_TOO_LARGE)",
                     *       "errors": [],
                     *       "instance": "/api/survey/imports",
                     *       "status": 413,
                     *       "title": "请求内容过大",
                     *       "type": "urn:renewal:problem:payload-too-large"
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
                     *       "instance": "/api/survey/imports",
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
                     *       "instance": "/api/survey/imports",
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
                     *       "instance": "/api/survey/imports",
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
                     *       "instance": "/api/survey/imports",
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
    surveyImportGet: {
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
            /** @description The job: state, progress, counts and the rejected rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
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
                     *       "instance": "/api/survey/imports/{id}",
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
                     *       "instance": "/api/survey/imports/{id}",
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
                     *       "instance": "/api/survey/imports/{id}",
                     *       "status": 403,
                     *       "title": "无权操作",
                     *       "type": "urn:renewal:problem:access-denied"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such job of yours (IMPORT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "IMPORT_NOT_FOUND",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "No such job of yours (IMPORT_NOT_FOUND)",
                     *       "errors": [],
                     *       "instance": "/api/survey/imports/{id}",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:import-not-found"
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
                     *       "instance": "/api/survey/imports/{id}",
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
                     *       "instance": "/api/survey/imports/{id}",
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
                     *       "instance": "/api/survey/imports/{id}",
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
    surveyMenuItems: {
        parameters: {
            query?: {
                /**
                 * @description Include retired items
                 * @example false
                 */
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
                    "application/json": components["schemas"]["MenuItem"][];
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
                     *       "instance": "/api/survey/menu-items",
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
                     *       "instance": "/api/survey/menu-items",
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
                     *       "instance": "/api/survey/menu-items",
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
                     *       "instance": "/api/survey/menu-items",
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
                     *       "instance": "/api/survey/menu-items",
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
                     *       "instance": "/api/survey/menu-items",
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
    surveyOutreachList: {
        parameters: {
            query?: {
                /** @description Channel */
                channel?: "DOOR_TO_DOOR" | "MEETING" | "WECHAT" | "NOTICE_BOARD" | "MEDIA";
                /** @description Community id */
                communityId?: string;
                /**
                 * @description From date (inclusive)
                 * @example 2026-01-01
                 */
                from?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("date,ASC" | "date,DESC" | "reach,ASC" | "reach,DESC" | "recordedAt,ASC" | "recordedAt,DESC" | "channel,ASC" | "channel,DESC")[];
                /**
                 * @description Street code
                 * @example 220302001
                 */
                streetCode?: string;
                /**
                 * @description To date (inclusive)
                 * @example 2026-12-31
                 */
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
                    "application/json": components["schemas"]["PagedModelOutreachActivity"];
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
    surveyOutreachLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogOutreach"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachActivity"];
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
                     *       "instance": "/api/survey/outreach-activities",
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
    surveyOutreachGet: {
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
                    "application/json": components["schemas"]["OutreachActivity"];
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
                     *       "instance": "/api/survey/outreach-activities/{id}",
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
                     *       "instance": "/api/survey/outreach-activities/{id}",
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
                     *       "instance": "/api/survey/outreach-activities/{id}",
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
                     *       "instance": "/api/survey/outreach-activities/{id}",
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
                     *       "instance": "/api/survey/outreach-activities/{id}",
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
                     *       "instance": "/api/survey/outreach-activities/{id}",
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
                     *       "instance": "/api/survey/outreach-activities/{id}",
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
    surveyReserveReserve: {
        parameters: {
            query?: {
                /** @description District code */
                districtCode?: string;
                /** @description PRIORITY or BY_PROPORTION */
                eligibility?: "PRIORITY" | "BY_PROPORTION" | "NOT_ELIGIBLE";
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("eligibility.urgencyScore,ASC" | "eligibility.urgencyScore,DESC" | "buildYear,ASC" | "buildYear,DESC" | "households,ASC" | "households,DESC" | "floorArea,ASC" | "floorArea,DESC" | "name,ASC" | "name,DESC")[];
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
                    "application/json": components["schemas"]["PagedModelCommunity"];
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
                     *       "instance": "/api/survey/reserve",
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
                     *       "instance": "/api/survey/reserve",
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
                     *       "instance": "/api/survey/reserve",
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
                     *       "instance": "/api/survey/reserve",
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
                     *       "instance": "/api/survey/reserve",
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
                     *       "instance": "/api/survey/reserve",
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
    surveyRollProposalList: {
        parameters: {
            query?: {
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1 to 200 (more is refused: 400 naming size) */
                size?: number;
                /** @description Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); any other property is refused (400 SORT_NOT_SUPPORTED naming sort) */
                sort?: ("proposedAt,ASC" | "proposedAt,DESC" | "status,ASC" | "status,DESC")[];
                /**
                 * @description Only proposals in this state
                 * @example PROPOSED
                 */
                status?: "PROPOSED" | "CONFIRMED" | "REJECTED";
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
                    "application/json": components["schemas"]["PagedModelRollProposal"];
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
                     *       "instance": "/api/survey/roll-proposals",
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
                     *       "instance": "/api/survey/roll-proposals",
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
                     *       "instance": "/api/survey/roll-proposals",
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
                     *       "instance": "/api/survey/roll-proposals",
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
                     *       "instance": "/api/survey/roll-proposals",
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
                     *       "instance": "/api/survey/roll-proposals",
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
    surveyRollProposalGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposalId: string;
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
                    "application/json": components["schemas"]["RollProposal"];
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}",
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
    surveyRollProposalConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposalId: string;
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
                    "application/json": components["schemas"]["RollProposal"];
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
                     *       "status": 404,
                     *       "title": "未找到",
                     *       "type": "urn:renewal:problem:not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands — already done, or a duplicate (ROLL_PROPOSAL_DECIDED) (与现有数据冲突) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ROLL_PROPOSAL_DECIDED",
                     *       "correlationId": "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77",
                     *       "detail": "Conflicts with the record as it stands — already done, or a duplicate (ROLL_PROPOSAL_DECIDED) (与现有数据冲突)",
                     *       "errors": [],
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
                     *       "status": 409,
                     *       "title": "与现有数据冲突",
                     *       "type": "urn:renewal:problem:roll-proposal-decided"
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/confirmation",
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
    surveyRollProposalReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollProposalRejection"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollProposal"];
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
                     *       "instance": "/api/survey/roll-proposals/{proposalId}/rejection",
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
    surveyWebhookList: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
    surveyWebhookCreate: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
                     *       "instance": "/api/survey/webhooks/subscriptions",
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
    surveyWebhookGet: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
    surveyWebhookDelete: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}",
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
    surveyWebhookDeliveries: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/deliveries",
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
    surveyWebhookReplay: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/replays",
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
    surveyWebhookResume: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/resumption",
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
    surveyWebhookRotateSecret: {
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
                     *       "instance": "/api/survey/webhooks/subscriptions/{subscriptionId}/secret-rotations",
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
