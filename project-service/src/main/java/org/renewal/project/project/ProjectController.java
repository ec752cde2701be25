package org.renewal.project.project;

import java.math.BigDecimal;
import org.renewal.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.web.ETags;
import org.renewal.project.stage.ProjectStage;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/project/projects")
@Tag(name = "Projects 改造项目", description = "From the approved plan to acceptance, evaluation and handover")
class ProjectController {

    private static final String RULE = "application/problem+json";

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @SortBy({"createdAt", "updatedAt", "stage", "communityName", "startedOn"})
    @GetMapping
    @Operation(summary = "List projects", description = "Created from plan.PlanApproved. Offices see their district, "
            + "streets their street, units the projects they are under contract for, residents their community's.")
    PagedModel<ProjectView> list(Caller caller,
            @Parameter(description = "District code") @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
            @Parameter(description = "Street code") @RequestParam(required = false) @Pattern(regexp = "\\d{9}") String streetCode,
            @Parameter(description = "Stage (dictionary projectStages)") @RequestParam(required = false) ProjectStage stage,
            @ParameterObject @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(projects.list(caller, districtCode, streetCode, stage, pageable)
                .map(p -> ProjectView.of(p, projects.governanceReady(p.communityId()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a project")
    ResponseEntity<ProjectView> get(Caller caller, @PathVariable String id) {
        return respond(projects.get(caller, id));
    }

    @PostMapping("/{id}/tenders")
    @Operation(summary = "Record a tender and contract its winner (招投标)", description = "District office. One unit per "
            + "role (construction 建设, contractor 施工, supervision 监理, design 设计); a later tender for a role replaces "
            + "it until construction starts. The credit code is checked (GB 32100-2015). Announces project.UnitContracted.")
    @ApiResponse(responseCode = "200", description = "The project with the unit under contract")
    @ApiResponse(responseCode = "400", description = "Bad credit code, named unit.creditCode",
            content = @Content(mediaType = RULE, schema = @Schema(ref = "Problem")))
    ResponseEntity<ProjectView> tender(Caller caller, @PathVariable String id, @Valid @RequestBody ProjectRequests.Tender request) {
        return respond(projects.contract(caller, id, request));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start construction (开工)", description = "District office; needs a contractor and a "
            + "supervision unit under contract (422 UNIT_NOT_CONTRACTED). Announces project.ProjectStarted.")
    ResponseEntity<ProjectView> start(Caller caller, @PathVariable String id, @Valid @RequestBody ProjectRequests.Start request) {
        return respond(projects.start(caller, id, request.startedOn()));
    }

    @PostMapping("/{id}/items/{lineId}/progress")
    @Operation(summary = "Report an item's progress (进度填报)", description = "The contractor or the supervision unit "
            + "under contract for this project (another unit's project is not found); only after the start; percent 0–100, lower than before only with a "
            + "reason. An item finished after, or unfinished past, its planned finish is flagged late and announced "
            + "once (project.MilestoneLate). When every item is at 100% the project is COMPLETED.")
    ResponseEntity<ProjectView> progress(Caller caller, @PathVariable String id, @PathVariable String lineId,
                                         @Valid @RequestBody ProjectRequests.Progress request) {
        return respond(projects.report(caller, id, lineId, request));
    }

    @PostMapping("/{id}/remarks")
    @Operation(summary = "A resident's supervision remark (建设共管)", description = "Residents and the owners' committee "
            + "of the community. The project must answer every remark before acceptance.")
    ResponseEntity<ProjectView> remark(Caller caller, @PathVariable String id, @Valid @RequestBody ProjectRequests.RemarkInput request) {
        return respond(projects.remark(caller, id, request));
    }

    @PostMapping("/{id}/remarks/{remarkId}/answer")
    @Operation(summary = "Answer a remark", description = "District office or a unit under contract.")
    ResponseEntity<ProjectView> answer(Caller caller, @PathVariable String id, @PathVariable String remarkId,
                                       @Valid @RequestBody ProjectRequests.AnswerInput request) {
        return respond(projects.answer(caller, id, remarkId, request.text()));
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "Record an inspection finding (质量安全检查)", description = "Housing bureau or the supervision "
            + "unit. An open CRITICAL finding blocks acceptance. Announces project.InspectionFindingOpened.")
    ResponseEntity<ProjectView> finding(Caller caller, @PathVariable String id, @Valid @RequestBody ProjectRequests.FindingInput request) {
        return respond(projects.openFinding(caller, id, request));
    }

    @PostMapping("/{id}/findings/{findingId}/closure")
    @Operation(summary = "Close a finding with evidence (整改销项)", description = "The responsible unit, the supervision "
            + "unit, the housing bureau or the district office. Announces project.InspectionFindingClosed.")
    ResponseEntity<ProjectView> closeFinding(Caller caller, @PathVariable String id, @PathVariable String findingId,
                                             @Valid @RequestBody ProjectRequests.ClosureInput request) {
        return respond(projects.closeFinding(caller, id, findingId, request));
    }

    @PostMapping("/{id}/acceptances")
    @Operation(summary = "Organise the joint completion acceptance (竣工验收)", description = "Housing bureau; only when "
            + "every item is complete, no CRITICAL finding is open and every remark is answered. A failed acceptance "
            + "is followed by a new one.")
    ResponseEntity<ProjectView> acceptance(Caller caller, @PathVariable String id,
                                           @Valid @RequestBody ProjectRequests.AcceptanceInput request) {
        return respond(projects.organiseAcceptance(caller, id, request.date()));
    }

    @PutMapping("/{id}/acceptances/{attempt}/signatures/{party}")
    @Operation(summary = "Sign the acceptance for a party (签署验收意见)", description = "Parties: STREET and COMMUNITY "
            + "(the street), OWNERS (the owners' committee), DESIGN, SUPERVISION and CONTRACTOR (the unit under contract "
            + "for that role). Each signs once (409 ALREADY_SIGNED); a fail lists punch items. When all six have "
            + "signed: passed if all passed (project.AcceptancePassed), else failed (project.AcceptanceFailed).")
    ResponseEntity<ProjectView> sign(Caller caller, @PathVariable String id, @PathVariable int attempt,
                                     @PathVariable AcceptanceParty party,
                                     @Valid @RequestBody ProjectRequests.SignatureInput request) {
        return respond(projects.sign(caller, id, attempt, party, request));
    }

    @PostMapping("/{id}/evaluation")
    @Operation(summary = "Comprehensive evaluation (综合考评)", description = "City office, after acceptance, once: "
            + "quality 40%, schedule 20%, resident satisfaction 30%, cost 10% → score and grade (≥ 90 EXCELLENT, ≥ 80 "
            + "GOOD, ≥ 60 PASS, else FAIL) for the reward instead of subsidy. Resident satisfaction is the residents' "
            + "published evaluation (governance.SatisfactionPublished: average overall answer × 20): omit it to "
            + "confirm (422 SATISFACTION_NOT_PUBLISHED until published); a different figure needs "
            + "satisfactionOverrideReason (422 SATISFACTION_OVERRIDE_NEEDS_REASON). evaluation.satisfactionBasis says "
            + "which was used. Announces project.ProjectEvaluated.")
    ResponseEntity<ProjectView> evaluate(Caller caller, @PathVariable String id,
                                         @Valid @RequestBody ProjectRequests.EvaluationInput request) {
        return respond(projects.evaluate(caller, id, request));
    }

    @GetMapping("/{id}/resident-satisfaction")
    @Operation(summary = "The residents' published satisfaction, as the evaluation takes it", description = "From "
            + "governance-service (效果共评, published when the street closes it); 404 SATISFACTION_NOT_PUBLISHED_YET "
            + "before. points = average overall answer (1–5) × 20, rounded half-up.")
    SatisfactionView residentSatisfaction(Caller caller, @PathVariable String id) {
        return SatisfactionView.of(projects.residentSatisfaction(caller, id));
    }

    @Schema(name = "ResidentSatisfaction", description = "The residents' published satisfaction (效果共评) of the "
            + "project's community")
    record SatisfactionView(@Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
                            @Schema(example = "96") int households, @Schema(example = "42") int respondents,
                            @Schema(description = "Average overall answer, 1–5", example = "4.52") BigDecimal overall,
                            @Schema(description = "In the evaluation's 0–100 points; null when nobody answered",
                                    example = "90") Integer points) {

        static SatisfactionView of(ResidentSatisfaction s) {
            return new SatisfactionView(s.communityId(), s.households(), s.respondents(), s.overall(),
                    s.respondents() > 0 ? Evaluations.satisfactionPoints(s.overall()) : null);
        }
    }

    @PostMapping("/{id}/handover")
    @Operation(summary = "Hand over to the street and community (移交)", description = "District office, after "
            + "acceptance, and only once governance-service reported an owners' committee or self-governance group "
            + "(422 GOVERNANCE_NOT_READY). Announces project.ProjectHandedOver.")
    ResponseEntity<ProjectView> handOver(Caller caller, @PathVariable String id,
                                         @Valid @RequestBody ProjectRequests.HandoverInput request) {
        return respond(projects.handOver(caller, id, request));
    }

    private ResponseEntity<ProjectView> respond(Project p) {
        return ResponseEntity.ok().eTag(ETags.of(p.getVersion()))
                .body(ProjectView.of(p, projects.governanceReady(p.communityId())));
    }

    @Bean
    static Dictionary unitRoles() {
        return Dictionary.of("unitRoles", "Participating unit roles (参建单位)", UnitRole.class);
    }

    @Bean
    static Dictionary tenderMethods() {
        return Dictionary.of("tenderMethods", "Tender methods (招标方式)", TenderMethod.class);
    }

    @Bean
    static Dictionary findingSeverities() {
        return Dictionary.of("findingSeverities", "Inspection finding severities (问题等级)", FindingSeverity.class);
    }

    @Bean
    static Dictionary acceptanceParties() {
        return Dictionary.of("acceptanceParties", "Parties of the completion acceptance (验收参与方)", AcceptanceParty.class);
    }

    @Bean
    static Dictionary grades() {
        return Dictionary.of("evaluationGrades", "Grades of the comprehensive evaluation (考评等级)", Grade.class);
    }
}
