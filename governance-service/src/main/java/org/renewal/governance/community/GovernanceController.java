package org.renewal.governance.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.platform.rules.CreditCode;
import org.renewal.platform.rules.OwnersVote;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.ETags;
import org.renewal.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/governance/communities/{communityId}")
@Tag(name = "Governance 长效管理", description = "Who takes care of a community after its renovation")
class GovernanceController {

    private final GovernanceService governance;

    GovernanceController(GovernanceService governance) {
        this.governance = governance;
    }

    @Schema(name = "GovernanceRecord", description = "A community's governance (长效管理)")
    record RecordView(@Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
                      @Schema(example = "北山小区") String communityName,
                      @Schema(example = "220302") String districtCode,
                      @Schema(example = "220302001") String streetCode,
                      String planId,
                      GovernanceParts.PreparatoryGroup preparatoryGroup,
                      ElectionView election,
                      GovernanceParts.Committee ownersCommittee,
                      GovernanceParts.SelfGovernanceGroup selfGovernanceGroup,
                      GovernanceParts.PartyBranch partyBranch,
                      GovernanceParts.PropertyManager propertyManager,
                      List<GovernanceParts.PropertyManager> pastManagers,
                      @Schema(description = "The body that takes over (announced as GovernanceReady)",
                              example = "OWNERS_COMMITTEE") String readyBody,
                      LocalDate readySince,
                      @Schema(description = "Handed over: in long-term management (长效管理)", example = "true")
                      boolean longTermManagement,
                      LocalDate handedOverOn,
                      @Schema(description = "Satisfaction evaluation open (after acceptance)") boolean satisfactionOpen,
                      Instant openedAt, Instant updatedAt, long version) {

        static RecordView of(GovernanceRecord r) {
            return new RecordView(r.getId(), r.communityName(), r.districtCode(), r.streetCode(), r.planId(),
                    r.preparatoryGroup(), r.election() == null ? null : ElectionView.of(r.election(), r.turnout()),
                    r.committee(),
                    r.selfGovernanceGroup(), r.partyBranch(), r.propertyManager(), r.pastManagers(), r.readyBody(),
                    r.readySince(), r.longTermManagement(), r.handedOverOn(), r.satisfactionOpen(), r.openedAt(),
                    r.updatedAt(), r.getVersion() == null ? 0 : r.getVersion());
        }
    }

    @Schema(name = "CommitteeElection", description = "An owners' committee election (业委会选举); areas in m² as in "
            + "owners' votes")
    record ElectionView(String id, int seats, int termYears, List<GovernanceParts.Candidate> candidates,
                        @Schema(description = "The buildings whose rolls make the electorate: all of the "
                                + "community's when the election opened", example = "[\"1\", \"2\"]")
                        List<String> buildings,
                        @Schema(description = "Owners who may vote (fixed when the election opened), each once")
                        int electorateOwners,
                        @Schema(description = "Their exclusive area, m²", example = "5280.40") BigDecimal electorateArea,
                        @Schema(description = "Owners who voted") int ballots,
                        @Schema(description = "Turnout as the ballots stand (final once closed): area and owners "
                                + "that took part, as fractions and percentages; valid at ≥ 2/3 of each "
                                + "(民法典 第278条)") OwnersVote.Result turnout,
                        @Schema(description = "OPEN, CLOSED or CANCELLED", example = "OPEN") String status,
                        boolean valid, List<CandidateView> results, Instant openedAt, Instant closedAt,
                        @Schema(description = "Set when the organiser cancelled the election")
                        GovernanceParts.Cancellation cancellation) {

        static ElectionView of(GovernanceParts.Election e, OwnersVote.Result turnout) {
            return new ElectionView(e.id(), e.seats(), e.termYears(), e.candidates(), e.buildings(),
                    e.electorate().size(), m2(e.electorateArea()), e.ballots().size(), turnout, e.status(), e.valid(),
                    e.results().stream().map(CandidateView::of).toList(), e.openedAt(), e.closedAt(),
                    e.cancellation());
        }
    }

    @Schema(name = "CandidateResult", description = "One candidate's tally: elected with more than half of the "
            + "participating area AND owners (民法典 第278条), at most the seats")
    record CandidateView(@Schema(example = "1-1-101") String householdId, @Schema(example = "张甲") String name,
                         @Schema(description = "Area of the owners who voted for them, m²", example = "300.00")
                         BigDecimal yesArea,
                         @Schema(description = "Owners who voted for them", example = "3") int yesOwners,
                         boolean elected, OwnersVote.Result vote) {

        static CandidateView of(GovernanceParts.CandidateResult r) {
            return new CandidateView(r.householdId(), r.name(), m2(r.yesArea()), r.yesOwners(), r.elected(), r.vote());
        }
    }

    @Schema(name = "ElectionElector", description = "An owner of the fixed electorate: their units and exclusive area")
    record ElectorView(@Schema(example = "[\"1-1-101\", \"1-1-102\"]") List<String> householdIds,
                       @Schema(description = "m²", example = "200.00") BigDecimal area,
                       @Schema(description = "Whether they have voted") boolean voted) {
    }

    static BigDecimal m2(long centiares) {
        return BigDecimal.valueOf(centiares, 2);
    }

    @GetMapping
    @Operation(summary = "A community's governance record", description = "Opened when its plan is approved.")
    ResponseEntity<RecordView> get(Caller caller, @PathVariable String communityId) {
        return respond(governance.get(caller, communityId));
    }

    @PutMapping("/preparatory-group")
    @Operation(summary = "Record the committee's preparatory group (筹备组)", description = "Chaired by a street official.")
    ResponseEntity<RecordView> preparatory(Caller caller, @PathVariable String communityId,
                                           @Valid @RequestBody GovernanceRequests.PreparatoryInput r) {
        String by = caller.subject();
        return respond(governance.change(caller, communityId, g -> g.preparatoryGroup(new GovernanceParts.PreparatoryGroup(
                r.chair().strip(), members(r.members()), r.formedOn(), by))));
    }

    @PostMapping("/committee-elections")
    @Operation(summary = "Open the owners' committee election (业委会选举)", description = "Needs the preparatory group "
            + "and no committee in its term (409 COMMITTEE_IN_TERM), and the household roll of every building of the "
            + "community (422 ELECTORATE_INCOMPLETE naming the buildings without one). The electorate is fixed now: "
            + "the owners of all the rolls, each owner once with their areas summed; candidates must be owners.")
    ResponseEntity<RecordView> openElection(Caller caller, @PathVariable String communityId,
                                            @Valid @RequestBody GovernanceRequests.ElectionInput r) {
        return respond(governance.openElection(caller, communityId, r));
    }

    @PostMapping("/committee-elections/current/cancellation")
    @Operation(summary = "Cancel the open election", description = "By its organiser (the street or the district "
            + "office), with a reason: nothing is decided, the ballots stay on record, a new election may open.")
    ResponseEntity<RecordView> cancelElection(Caller caller, @PathVariable String communityId,
                                              @Valid @RequestBody GovernanceRequests.CancellationInput r) {
        String by = caller.subject();
        return respond(governance.change(caller, communityId, g -> g.cancelElection(r.reason().strip(), by)));
    }

    @GetMapping("/committee-elections/current/electorate")
    @Operation(summary = "The electorate of the current (or last) election", description = "Fixed when the election "
            + "opened: every owner of the rolls of all the community's buildings, once, with their units and area "
            + "(m²) and whether they have voted. For the street and the district office.")
    List<ElectorView> electorate(Caller caller, @PathVariable String communityId) {
        GovernanceParts.Election e = governance.election(caller, communityId);
        java.util.Set<String> voted = new java.util.HashSet<>();
        e.ballots().forEach(b -> voted.add(b.ownerKey()));
        return e.electorate().stream().map(x -> new ElectorView(x.householdIds(), m2(x.area()),
                voted.contains(x.ownerKey()))).toList();
    }

    @GetMapping("/owners-decisions")
    @Operation(summary = "The owners' votes governance has received", description = "Closed owners' votes of "
            + "plan-service for this community (plan.OwnerVoteClosed), newest first: the records a property "
            + "manager's engagement names. A vote closed a moment ago appears within seconds.")
    List<DecisionView> decisions(Caller caller, @PathVariable String communityId) {
        return governance.decisions(caller, communityId).stream().map(DecisionView::of).toList();
    }

    @Schema(name = "ClosedOwnersVote", description = "A closed owners' vote of plan-service (业主共同决定, 民法典 第278条); "
            + "areas in m², owners by head")
    record DecisionView(@Schema(example = "0b8f5c1e-7a0d-4a51-9f3e-2d7c9b1a4e66") String voteId,
                        @Schema(description = "The matter (plan-service dictionary voteMatters)",
                                example = "HIRE_PROPERTY_MANAGEMENT") String matter,
                        @Schema(description = "Turnout reached 2/3 by area and by head") boolean valid,
                        @Schema(description = "Valid and the matter's consent reached") boolean passed,
                        @Schema(example = "2027-03-01") LocalDate closedOn,
                        @Schema(example = "5280.40") BigDecimal totalArea, int totalOwners,
                        BigDecimal participatingArea, int participatingOwners, BigDecimal yesArea, int yesOwners) {

        static DecisionView of(OwnersDecisionRecord d) {
            return new DecisionView(d.id(), d.matter(), d.valid(), d.passed(), d.closedOn(), d.totalArea(),
                    d.totalOwners(), d.participatingArea(), d.participatingOwners(), d.yesArea(), d.yesOwners());
        }
    }

    @PutMapping("/committee-elections/current/ballots/{householdId}")
    @Operation(summary = "An owner's ballot (投票)", description = "A resident online for their own household, or the "
            + "street on paper; the ballot is the owner's and a later one replaces it.")
    ResponseEntity<RecordView> ballot(Caller caller, @PathVariable String communityId, @PathVariable String householdId,
                                      @Valid @RequestBody GovernanceRequests.BallotInput r) {
        return respond(governance.vote(caller, communityId, householdId, r.candidates()));
    }

    @PostMapping("/committee-elections/current/closing")
    @Operation(summary = "Close the election", description = "Valid with owners of ≥ 2/3 of the area and ≥ 2/3 by head "
            + "voting; a candidate is elected with more than half of the participating area AND owners (民法典 第278条); "
            + "at most the seats; with at least 3 elected the committee is formed for its term "
            + "(governance.OwnersCommitteeElected).")
    ResponseEntity<RecordView> closeElection(Caller caller, @PathVariable String communityId) {
        return respond(governance.change(caller, communityId, g -> g.closeElection(GovernanceService.today())));
    }

    @PutMapping("/owners-committee/filing")
    @Operation(summary = "File the committee with the street office (备案)", description = "The committee is then in "
            + "place: governance.GovernanceReady (first body only).")
    ResponseEntity<RecordView> file(Caller caller, @PathVariable String communityId, @Valid @RequestBody GovernanceRequests.FilingInput r) {
        return respond(governance.change(caller, communityId, g -> g.file(r.filedOn(), r.filingNo().strip())));
    }

    @PutMapping("/self-governance-group")
    @Operation(summary = "Record the resident self-governance group (居民自治小组)", description = "The lighter "
            + "alternative to a committee, with at least three members. The first body in place announces "
            + "governance.GovernanceReady, which lets project-service hand the community over.")
    ResponseEntity<RecordView> group(Caller caller, @PathVariable String communityId, @Valid @RequestBody GovernanceRequests.GroupInput r) {
        String by = caller.subject();
        return respond(governance.change(caller, communityId, g -> g.selfGovernanceGroup(new GovernanceParts.SelfGovernanceGroup(
                members(r.members()), r.formedOn(), by, Instant.now()))));
    }

    @PutMapping("/party-branch")
    @Operation(summary = "Record the party branch or group (党支部/党小组)", description = "Standalone, combined "
            + "(兼合式) or a party group. Announces governance.PartyBranchEstablished.")
    ResponseEntity<RecordView> partyBranch(Caller caller, @PathVariable String communityId,
                                           @Valid @RequestBody GovernanceRequests.PartyBranchInput r) {
        String by = caller.subject();
        return respond(governance.change(caller, communityId, g -> g.partyBranch(new GovernanceParts.PartyBranch(r.type(),
                r.foundedOn(), r.secretary().strip(), r.memberCount(), by))));
    }

    @PutMapping("/property-manager")
    @Operation(summary = "Engage property management (物业管理)", description = "Red property, the original unit, or "
            + "self-management; a company's credit code is checked (GB 32100-2015). Every engagement names the owners' "
            + "decision: a passed plan-service owners' vote of this community on HIRE_PROPERTY_MANAGEMENT (民法典 第278条 "
            + "(四); 422 OWNERS_DECISION_NOT_VALID naming ownersDecision.voteId otherwise); a replacement needs a "
            + "decision of its own (422 OWNERS_DECISION_ALREADY_USED). Announces governance.PropertyManagerEngaged.")
    ResponseEntity<RecordView> manager(Caller caller, @PathVariable String communityId,
                                       @Valid @RequestBody GovernanceRequests.ManagerInput r) {
        if (r.creditCode() != null && !CreditCode.valid(r.creditCode())) {
            throw ApiException.invalid(List.of(new FieldProblem("creditCode", "manager.creditCodeCheck")));
        }
        if (r.contractEnd().isBefore(r.contractStart())) {
            throw ApiException.invalid(List.of(new FieldProblem("contractEnd", "manager.endBeforeStart")));
        }
        if (r.mode() != org.renewal.governance.management.ManagementMode.SELF_MANAGEMENT
                && (r.company() == null || r.company().isBlank())) {
            throw ApiException.invalid(List.of(new FieldProblem("company", "manager.companyRequired")));
        }
        String by = caller.subject();
        governance.get(caller, communityId);
        GovernanceParts.OwnersDecision decision = governance.ownersDecision(communityId, r.ownersDecision().voteId(),
                r.ownersDecision().description());
        return respond(governance.change(caller, communityId, g -> g.propertyManager(new GovernanceParts.PropertyManager(
                r.mode().name(), r.company(), r.creditCode(), r.contractStart(), r.contractEnd(), r.serviceStandard(),
                r.earlyInvolvement(), r.monthlyFeePerM2(), decision, by, Instant.now()))));
    }

    @PutMapping("/satisfaction/answers/{householdId}")
    @Operation(summary = "A household's satisfaction evaluation (效果共评)", description = "Open after the completion "
            + "acceptance; one per household, a new answer replaces the earlier; residents for their own household.")
    ResponseEntity<RecordView> satisfaction(Caller caller, @PathVariable String communityId, @PathVariable String householdId,
                                            @Valid @RequestBody GovernanceRequests.SatisfactionInput r) {
        if (!(caller.has(Role.RESIDENT) && communityId.equals(caller.communityId())
                && householdId.equals(caller.householdId()))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "NOT_YOUR_HOUSEHOLD", householdId);
        }
        return respond(governance.change(caller, communityId, g -> g.answerSatisfaction(new GovernanceParts.SatisfactionAnswer(
                householdId, r.scores(), r.overall(), Instant.now()))));
    }

    @PostMapping("/satisfaction/closing")
    @Operation(summary = "Close the evaluation and publish the results (成果共享)", description = "Averages per menu "
            + "category and overall; announces governance.SatisfactionPublished.")
    ResponseEntity<RecordView> closeSatisfaction(Caller caller, @PathVariable String communityId) {
        return respond(governance.change(caller, communityId, GovernanceRecord::closeSatisfaction));
    }

    @GetMapping("/satisfaction")
    @Operation(summary = "The published satisfaction results (成果共享)", description = "Read-only, for everyone signed "
            + "in; 404 until published.")
    SatisfactionPublished published(@PathVariable String communityId) {
        SatisfactionPublished result = governance.published(communityId);
        if (result == null) {
            throw ApiException.notFound("SATISFACTION_NOT_PUBLISHED", communityId);
        }
        return result;
    }

    private static List<GovernanceParts.Member> members(List<GovernanceRequests.MemberInput> members) {
        return members.stream().map(m -> new GovernanceParts.Member(m.name().strip(), m.position().strip())).toList();
    }

    private ResponseEntity<RecordView> respond(GovernanceRecord r) {
        return ResponseEntity.ok().eTag(ETags.of(r.getVersion())).body(RecordView.of(r));
    }
}
