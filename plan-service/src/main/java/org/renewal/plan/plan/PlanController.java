package org.renewal.plan.plan;

import java.net.URI;
import org.renewal.platform.security.Caller;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.ETags;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/plan/plans")
@Tag(name = "Plans 一小区一方案", description = "Draft, submit, review and approve the plan of each community")
class PlanController {

    private static final String IF_MATCH = "The plan's ETag as you read it";

    private final PlanService plans;

    private final org.renewal.platform.web.ProblemMessages messages;

    PlanController(PlanService plans, org.renewal.platform.web.ProblemMessages messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Start a community's plan (制定方案)", description = "Only for a community in survey's reserve "
            + "library; one plan per community (a second start is 409 PLAN_EXISTS naming the first). District office.")
    @ApiResponse(responseCode = "201", description = "The new draft")
    @ApiResponse(responseCode = "409", description = "The community has a plan (PLAN_EXISTS)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "422", description = "Not in the reserve (COMMUNITY_NOT_IN_RESERVE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<PlanView> start(Caller caller, @Valid @RequestBody PlanRequests.Start request) {
        Plan plan = plans.start(caller, request.communityId());
        return ResponseEntity.created(URI.create("/api/plan/plans/" + plan.getId())).eTag(ETags.of(plan.getVersion()))
                .body(PlanView.of(plan, plans.community(plan)));
    }

    @PutMapping("/{id}/content")
    @Operation(summary = "Set the plan's items and funding (编制方案内容)", description = "Replaces items and planned "
            + "funding while the plan is a draft or returned. Items must be in the menu and not retired; costs are "
            + "quantity × the menu's unit cost in fen. ELEVATOR_RETROFIT only for exactly one entrance and on the "
            + "records of its pilot conditions (elevatorPilot: the entrance's passed owners' vote, the inspection "
            + "report, the assessment; 422 ELEVATOR_PILOT_CONDITION_UNMET otherwise). Funding may still have a gap "
            + "in a draft; submission needs it to add up. To learn the cost first, ask for a quote.")
    @ApiResponse(responseCode = "200", description = "The plan with its content, cost and funding gap; ETag carries its new version")
    @ApiResponse(responseCode = "400", description = "An item, scope, condition or source is invalid; errors[] names it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<PlanView> content(Caller caller, @PathVariable String id,
                                     @Parameter(description = IF_MATCH, example = "\"0\"") @RequestHeader("If-Match") String ifMatch,
                                     @Valid @RequestBody PlanRequests.Content request) {
        return respond(plans.revise(caller, id, ifMatch, request));
    }

    @PostMapping("/{id}/quote")
    @Operation(summary = "Price content without saving it (方案测算)", description = "The same items and funding as "
            + "PUT …/content, checked and priced the same way, nothing stored and no If-Match: each line's cost, the "
            + "total, the funding so far and the gap — and, instead of a refusal, the elevator pilot records still "
            + "missing (unmet). Malformed content is 400 as when saving.")
    @ApiResponse(responseCode = "200", description = "The priced lines, the total, the gap and what is still missing")
    QuoteView quote(Caller caller, @PathVariable String id, @Valid @RequestBody PlanRequests.Content request) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return QuoteView.of(plans.quote(caller, id, request), key -> messages.text(key, locale));
    }

    @Schema(name = "PlanQuote", description = "Content priced, nothing stored")
    record QuoteView(List<QuotedLine> items,
                     @Schema(description = "Sum of the lines, fen", example = "70004000") long totalCost,
                     @Schema(description = "Sum of the funding given, fen", example = "9000000") long funded,
                     @Schema(description = "totalCost − funded, fen (negative: more funding than cost)",
                             example = "61004000") long fundingGap,
                     @Schema(description = "Elevator pilot records still missing, each field and why (saving would "
                             + "be refused 422 ELEVATOR_PILOT_CONDITION_UNMET)")
                     List<org.renewal.platform.web.FieldProblem> unmet) {

        /** The quote, each missing record's message in the caller's language (as a problem's errors[] give it). */
        static QuoteView of(PlanContentRules.Quote quote, java.util.function.UnaryOperator<String> text) {
            PlanContent c = quote.content();
            return new QuoteView(c.items().stream().map(l -> new QuotedLine(l.lineId(), l.code(), l.labelZh(), l.unit(),
                    l.quantity(), l.unitCost(), l.cost())).toList(), c.totalCost(), c.funded(),
                    c.totalCost() - c.funded(), quote.unmet().stream()
                    .map(f -> new org.renewal.platform.web.FieldProblem(f.field(), text.apply(f.message()))).toList());
        }
    }

    @Schema(name = "PlanQuoteLine", description = "One priced line")
    record QuotedLine(@Schema(example = "ROOF_WATERPROOFING@all") String lineId,
                      @Schema(example = "ROOF_WATERPROOFING") String code, @Schema(example = "屋面防水") String labelZh,
                      @Schema(example = "m2") String unit, @Schema(example = "1250.50") java.math.BigDecimal quantity,
                      @Schema(description = "Unit cost in fen", example = "8000") long unitCost,
                      @Schema(description = "quantity × unit cost, rounded half-up to the fen", example = "10004000")
                      long cost) {
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Submit for review (报市旧改办审核)", description = "Freezes the content as a new revision. "
            + "Needs items, funding that adds up to the cost exactly, the community still in the reserve, and a "
            + "passed owners' renovation vote (民法典 第278条). Announces plan.PlanSubmitted.")
    @ApiResponse(responseCode = "200", description = "Submitted: the plan with the new revision; ETag carries its new version")
    @ApiResponse(responseCode = "422", description = "FUNDING_DOES_NOT_ADD_UP, RENOVATION_VOTE_NOT_PASSED, "
            + "PLAN_HAS_NO_ITEMS, PLAN_NOT_SUBMITTABLE or COMMUNITY_NOT_IN_RESERVE",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<PlanView> submit(Caller caller, @PathVariable String id,
                                    @Parameter(description = IF_MATCH, example = "\"1\"") @RequestHeader("If-Match") String ifMatch) {
        return respond(plans.submit(caller, id, ifMatch));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return with opinions (退回修改)", description = "City office: opinions on item lines or the "
            + "whole plan; the district office revises and submits again. Announces plan.PlanReturned.")
    @ApiResponse(responseCode = "200", description = "Returned: the plan with the opinions; ETag carries its new version")
    @ApiResponse(responseCode = "422", description = "Not submitted (PLAN_NOT_SUBMITTED) or an opinion names an "
            + "unknown line", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<PlanView> returnPlan(Caller caller, @PathVariable String id,
                                        @Parameter(description = IF_MATCH, example = "\"2\"") @RequestHeader("If-Match") String ifMatch,
                                        @Valid @RequestBody PlanRequests.Return request) {
        return respond(plans.returnWith(caller, id, ifMatch, request));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Approve (批复)", description = "City office approves the submitted revision. Announces "
            + "plan.PlanApproved with items, cost, planned funding, schedule and the buildings, households and area "
            + "covered.")
    @ApiResponse(responseCode = "200", description = "Approved: the plan; ETag carries its new version")
    @ApiResponse(responseCode = "422", description = "Not submitted (PLAN_NOT_SUBMITTED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<PlanView> approve(Caller caller, @PathVariable String id,
                                     @Parameter(description = IF_MATCH, example = "\"2\"") @RequestHeader("If-Match") String ifMatch) {
        return respond(plans.approve(caller, id, ifMatch));
    }

    @PutMapping("/{id}/preparation")
    @Operation(summary = "Record feasibility, project approval and tender preparation (可研、立项、招标准备)",
            description = "District office, after approval.")
    ResponseEntity<PlanView> prepare(Caller caller, @PathVariable String id,
                                     @Parameter(description = IF_MATCH, example = "\"3\"") @RequestHeader("If-Match") String ifMatch,
                                     @Valid @RequestBody PlanRequests.PreparationInput request) {
        return respond(plans.prepare(caller, id, ifMatch, request));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a plan", description = "With the residents' questionnaire counts beside each item and "
            + "the funding gap.")
    ResponseEntity<PlanView> get(Caller caller, @PathVariable String id) {
        return respond(plans.get(caller, id));
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "The submitted revisions (修改稿), oldest first")
    List<Revision> revisions(Caller caller, @PathVariable String id) {
        return plans.get(caller, id).revisions();
    }

    @GetMapping("/{id}/revisions/{number}")
    @Operation(summary = "One revision as submitted")
    Revision revision(Caller caller, @PathVariable String id, @PathVariable int number) {
        return revisionOf(plans.get(caller, id), number);
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "What changed between two revisions", description = "Item lines added, removed and changed "
            + "field by field; funding; total cost.")
    PlanDiff diff(Caller caller, @PathVariable String id,
                  @Parameter(example = "1") @RequestParam int from,
                  @Parameter(example = "2") @RequestParam int to) {
        Plan plan = plans.get(caller, id);
        return PlanDiff.between(revisionOf(plan, from), revisionOf(plan, to));
    }

    @SortBy({"createdAt", "updatedAt", "status", "communityName"})
    @GetMapping
    @Operation(summary = "List plans", description = "Filter by district, street and status; sort by createdAt, "
            + "updatedAt, status or communityName.")
    PagedModel<PlanView> list(Caller caller,
            @Parameter(description = "District code") @RequestParam(required = false) @Pattern(regexp = "\\d{6}")
            String districtCode,
            @Parameter(description = "Street code") @RequestParam(required = false) @Pattern(regexp = "\\d{9}")
            String streetCode,
            @Parameter(description = "Status") @RequestParam(required = false) PlanStatus status,
            @ParameterObject @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(plans.list(caller, districtCode, streetCode, status, pageable)
                .map(p -> PlanView.of(p, null)));
    }

    private ResponseEntity<PlanView> respond(Plan plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan.getVersion())).body(PlanView.of(plan, plans.community(plan)));
    }

    private static Revision revisionOf(Plan plan, int number) {
        if (number < 1 || number > plan.revisions().size()) {
            throw ApiException.notFound("REVISION_NOT_FOUND", number, plan.getId());
        }
        return plan.revisions().get(number - 1);
    }

    @Bean
    static Dictionary planStatuses() {
        return Dictionary.of("planStatuses", "Plan statuses (方案状态)", PlanStatus.class);
    }

    @Bean
    static Dictionary planFundingChannels() {
        return Dictionary.of("fundingChannels", "Funding channels (资金渠道)",
                org.renewal.contracts.funding.FundingChannel.class,
                org.renewal.contracts.funding.FundingChannel::labelZh,
                org.renewal.contracts.funding.FundingChannel::labelEn);
    }

    @Bean
    static Dictionary utilityKinds() {
        return Dictionary.of("utilityKinds", "Utility networks (管线类别)", org.renewal.contracts.funding.UtilityKind.class,
                org.renewal.contracts.funding.UtilityKind::labelZh, org.renewal.contracts.funding.UtilityKind::labelEn);
    }
}
