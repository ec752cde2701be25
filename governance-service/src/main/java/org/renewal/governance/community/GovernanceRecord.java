package org.renewal.governance.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.renewal.contracts.governance.GovernanceOpened;
import org.renewal.contracts.governance.GovernanceReady;
import org.renewal.contracts.governance.OwnersCommitteeElected;
import org.renewal.contracts.governance.PartyBranchEstablished;
import org.renewal.contracts.governance.PropertyManagerEngaged;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.contracts.governance.SelfGovernanceGroupFormed;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.governance.community.GovernanceParts.Ballot;
import org.renewal.governance.community.GovernanceParts.CandidateResult;
import org.renewal.governance.community.GovernanceParts.Election;
import org.renewal.governance.community.GovernanceParts.Elector;
import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.rules.OwnersVote;
import org.renewal.platform.rules.DomainException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community's governance record (长效管理); its id is the community id. Holds the bodies formed during
 * renovation — owners' committee (by election) or self-governance group, party branch, property
 * management — the satisfaction evaluation, and whether the community is in long-term management.
 */
@Document("governance_records")
class GovernanceRecord extends OutboxAggregate {

    /** A committee needs at least this many members. */
    static final int MIN_COMMITTEE = 3;

    private String communityName;
    private String districtCode;
    private String streetCode;
    private String planId;
    private int households;
    private GovernanceParts.PreparatoryGroup preparatoryGroup;
    private Election election;
    private List<Election> pastElections = new ArrayList<>();
    private GovernanceParts.Committee committee;
    private GovernanceParts.SelfGovernanceGroup selfGovernanceGroup;
    private GovernanceParts.PartyBranch partyBranch;
    private GovernanceParts.PropertyManager propertyManager;
    private List<GovernanceParts.PropertyManager> pastManagers = new ArrayList<>();
    private String readyBody;
    private LocalDate readySince;
    private boolean satisfactionOpen;
    private List<GovernanceParts.SatisfactionAnswer> satisfaction = new ArrayList<>();
    private SatisfactionPublished satisfactionResult;
    private boolean longTermManagement;
    private LocalDate handedOverOn;
    private Instant openedAt;
    private Instant updatedAt;

    protected GovernanceRecord() {
    }

    static GovernanceRecord open(PlanApproved plan) {
        GovernanceRecord record = new GovernanceRecord();
        record.id = plan.communityId();
        record.communityName = plan.communityName();
        record.districtCode = plan.districtCode();
        record.streetCode = plan.streetCode();
        record.planId = plan.planId();
        record.households = plan.households();
        record.openedAt = Instant.now();
        record.updatedAt = record.openedAt;
        record.record(new GovernanceOpened(record.id, record.districtCode, record.streetCode, record.planId));
        return record;
    }

    void preparatoryGroup(GovernanceParts.PreparatoryGroup group) {
        preparatoryGroup = group;
        touch();
    }

    /** Opens an election: needs the preparatory group, no open election, no committee in its term. */
    void openElection(Election fresh, LocalDate today) {
        if (preparatoryGroup == null) {
            throw DomainException.ruleViolated("NO_PREPARATORY_GROUP", id);
        }
        if (election != null && Election.OPEN.equals(election.status())) {
            throw DomainException.conflict("ELECTION_OPEN", id);
        }
        if (committee != null && !today.isAfter(committee.termEnd())) {
            throw DomainException.conflict("COMMITTEE_IN_TERM", id, committee.termEnd());
        }
        if (election != null) {
            pastElections.add(election);
        }
        election = fresh;
        touch();
    }

    void cast(String householdId, List<String> candidates, String channel, String by) {
        Election e = openElection();
        Elector owner = e.electorate().stream().filter(x -> x.householdIds().contains(householdId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("NOT_IN_ELECTORATE", householdId, e.id()));
        List<String> known = e.candidates().stream().map(GovernanceParts.Candidate::householdId).toList();
        for (String c : candidates) {
            if (!known.contains(c)) {
                throw DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("candidates",
                        "election.unknownCandidate")));
            }
        }
        if (candidates.size() > e.seats()) {
            throw DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("candidates",
                    "election.tooManyCandidates")));
        }
        List<Ballot> ballots = new ArrayList<>(e.ballots());
        ballots.removeIf(b -> b.ownerKey().equals(owner.ownerKey()));
        ballots.add(new Ballot(owner.ownerKey(), householdId, List.copyOf(candidates), channel, by, Instant.now()));
        election = e.withBallots(ballots);
        touch();
    }

    /**
     * The organiser cancels the open election with a reason (e.g. the electorate changed, candidates withdrew):
     * nothing is decided, its ballots are kept for the record, and a new election may be opened.
     */
    void cancelElection(String reason, String by) {
        Election e = openElection();
        election = e.cancelled(new GovernanceParts.Cancellation(reason, by, Instant.now()));
        touch();
    }

    /**
     * The turnout of the current election as its ballots stand (final once closed): owners and area that took
     * part of the fixed electorate, and whether that makes it valid (≥ 2/3 of each, art. 278).
     */
    OwnersVote.Result turnout() {
        if (election == null) {
            return null;
        }
        Map<String, Elector> byKey = election.electorate().stream().collect(Collectors.toMap(Elector::ownerKey,
                Function.identity()));
        long inArea = election.ballots().stream().mapToLong(b -> byKey.get(b.ownerKey()).area())
                .reduce(0L, Math::addExact);
        return OwnersVote.decide(false, new OwnersVote.Counts(election.electorateArea(),
                election.electorate().size(), inArea, election.ballots().size(), 0, 0));
    }

    /**
     * Closes the election: valid when owners with ≥ 2/3 of the area and ≥ 2/3 by head voted; a candidate
     * is elected with more than half of the participating area AND owners (Civil Code art. 278); at most
     * {@code seats}, the most votes by head first, then by area. Fewer than 3 elected forms no committee.
     */
    void closeElection(LocalDate today) {
        Election e = openElection();
        Map<String, Elector> byKey = e.electorate().stream().collect(Collectors.toMap(Elector::ownerKey,
                Function.identity()));
        long totalArea = e.electorateArea();
        long inArea = e.ballots().stream().mapToLong(b -> byKey.get(b.ownerKey()).area()).reduce(0L, Math::addExact);
        List<CandidateResult> results = new ArrayList<>();
        for (GovernanceParts.Candidate c : e.candidates()) {
            long yesArea = 0;
            int yes = 0;
            for (Ballot b : e.ballots()) {
                if (b.candidates().contains(c.householdId())) {
                    yesArea = Math.addExact(yesArea, byKey.get(b.ownerKey()).area());
                    yes++;
                }
            }
            OwnersVote.Result vote = OwnersVote.decide(false, new OwnersVote.Counts(totalArea, e.electorate().size(),
                    inArea, e.ballots().size(), yesArea, yes));
            results.add(new CandidateResult(c.householdId(), c.name(), yesArea, yes, vote.passed(), vote));
        }
        List<CandidateResult> passed = results.stream().filter(CandidateResult::elected)
                .sorted(Comparator.comparingInt(CandidateResult::yesOwners).thenComparingLong(CandidateResult::yesArea)
                        .reversed())
                .limit(e.seats()).toList();
        List<CandidateResult> finalResults = results.stream()
                .map(r -> new CandidateResult(r.householdId(), r.name(), r.yesArea(), r.yesOwners(), passed.contains(r),
                        r.vote()))
                .toList();
        boolean valid = OwnersVote.decide(false, new OwnersVote.Counts(totalArea, e.electorate().size(), inArea,
                e.ballots().size(), 0, 0)).valid();
        election = e.closed(valid, finalResults, Instant.now());
        if (valid && passed.size() >= MIN_COMMITTEE) {
            committee = new GovernanceParts.Committee(e.id(), passed.stream()
                    .map(r -> new GovernanceParts.Member(r.name(), "委员")).toList(), today,
                    today.plusYears(e.termYears()).minusDays(1), null, null);
            record(new OwnersCommitteeElected(id, e.id(), passed.size(), committee.termStart(), committee.termEnd()));
        }
        touch();
    }

    /** Files the elected committee with the street office (备案); the committee is then in place. */
    void file(LocalDate filedOn, String filingNo) {
        if (committee == null) {
            throw DomainException.ruleViolated("NO_COMMITTEE_ELECTED", id);
        }
        committee = new GovernanceParts.Committee(committee.electionId(), committee.members(), committee.termStart(),
                committee.termEnd(), filedOn, filingNo);
        ready("OWNERS_COMMITTEE", filedOn);
        touch();
    }

    void selfGovernanceGroup(GovernanceParts.SelfGovernanceGroup group) {
        boolean first = selfGovernanceGroup == null;
        selfGovernanceGroup = group;
        if (first) {
            record(new SelfGovernanceGroupFormed(id, group.members().size(), group.formedOn()));
        }
        ready("SELF_GOVERNANCE_GROUP", group.formedOn());
        touch();
    }

    void partyBranch(GovernanceParts.PartyBranch branch) {
        partyBranch = branch;
        record(new PartyBranchEstablished(id, branch.type(), branch.foundedOn(), branch.memberCount()));
        touch();
    }

    /**
     * Engages property management — the first manager after the renovation or a replacement — on the owners'
     * decision (Civil Code art. 278 (四) 选聘和解聘物业服务企业或者其他管理人), already checked against the owners'
     * vote it names; a replacement needs a decision of its own, not the one the current manager was engaged on.
     */
    void propertyManager(GovernanceParts.PropertyManager manager) {
        if (manager.decision() == null) {
            throw DomainException.ruleViolated("OWNERS_DECISION_REQUIRED", id);
        }
        if (propertyManager != null && propertyManager.decision() != null
                && manager.decision().voteId().equals(propertyManager.decision().voteId())) {
            throw DomainException.ruleViolated("OWNERS_DECISION_ALREADY_USED", manager.decision().voteId());
        }
        if (propertyManager != null) {
            pastManagers.add(propertyManager);
        }
        propertyManager = manager;
        record(new PropertyManagerEngaged(id, manager.mode(), manager.company(), manager.creditCode(),
                manager.contractStart(), manager.contractEnd(), manager.earlyInvolvement()));
        touch();
    }

    void acceptancePassed() {
        if (satisfactionResult == null) {
            satisfactionOpen = true;
            touch();
        }
    }

    void answerSatisfaction(GovernanceParts.SatisfactionAnswer answer) {
        if (!satisfactionOpen) {
            throw DomainException.ruleViolated("SATISFACTION_NOT_OPEN", id);
        }
        satisfaction.removeIf(a -> a.householdId().equals(answer.householdId()));
        satisfaction.add(answer);
        touch();
    }

    void closeSatisfaction() {
        if (!satisfactionOpen) {
            throw DomainException.ruleViolated("SATISFACTION_NOT_OPEN", id);
        }
        Map<String, int[]> sums = new TreeMap<>();
        long overall = 0;
        for (GovernanceParts.SatisfactionAnswer a : satisfaction) {
            overall += a.overall();
            a.scores().forEach((category, score) -> {
                int[] s = sums.computeIfAbsent(category, k -> new int[2]);
                s[0] += score;
                s[1]++;
            });
        }
        List<SatisfactionPublished.CategoryScore> categories = new ArrayList<>();
        sums.forEach((category, s) -> categories.add(new SatisfactionPublished.CategoryScore(category,
                BigDecimal.valueOf(s[0]).divide(BigDecimal.valueOf(s[1]), 2, RoundingMode.HALF_UP), s[1])));
        BigDecimal average = satisfaction.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(overall).divide(BigDecimal.valueOf(satisfaction.size()), 2, RoundingMode.HALF_UP);
        satisfactionResult = new SatisfactionPublished(id, households, satisfaction.size(), average, categories);
        satisfactionOpen = false;
        record(satisfactionResult);
        touch();
    }

    void handedOver(LocalDate on) {
        longTermManagement = true;
        handedOverOn = on;
        touch();
    }

    private void ready(String body, LocalDate since) {
        if (readyBody == null) {
            readyBody = body;
            readySince = since;
            record(new GovernanceReady(id, body, since));
        }
    }

    private Election openElection() {
        if (election == null || !Election.OPEN.equals(election.status())) {
            throw DomainException.ruleViolated("NO_OPEN_ELECTION", id);
        }
        return election;
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    String communityName() { return communityName; }

    String districtCode() { return districtCode; }

    String streetCode() { return streetCode; }

    String planId() { return planId; }

    GovernanceParts.PreparatoryGroup preparatoryGroup() { return preparatoryGroup; }

    Election election() { return election; }

    GovernanceParts.Committee committee() { return committee; }

    GovernanceParts.SelfGovernanceGroup selfGovernanceGroup() { return selfGovernanceGroup; }

    GovernanceParts.PartyBranch partyBranch() { return partyBranch; }

    GovernanceParts.PropertyManager propertyManager() { return propertyManager; }

    List<GovernanceParts.PropertyManager> pastManagers() { return pastManagers; }

    String readyBody() { return readyBody; }

    LocalDate readySince() { return readySince; }

    boolean satisfactionOpen() { return satisfactionOpen; }

    int satisfactionAnswers() { return satisfaction.size(); }

    SatisfactionPublished satisfactionResult() { return satisfactionResult; }

    boolean longTermManagement() { return longTermManagement; }

    LocalDate handedOverOn() { return handedOverOn; }

    Instant openedAt() { return openedAt; }

    Instant updatedAt() { return updatedAt; }

    List<GovernanceParts.SatisfactionAnswer> satisfaction() { return satisfaction; }
}
