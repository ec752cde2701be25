package org.renewal.governance.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.renewal.contracts.plan.OwnerVoteClosed;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.rules.DomainException;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Governance records: opened by approved plans, changed by the street, the office and residents. */
@Service
public class GovernanceService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final ReadModelUpdates updates;

    GovernanceService(MongoTemplate mongo, OutboxWriter outbox, ReadModelUpdates updates) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.updates = updates;
    }

    public void open(PlanApproved plan) {
        if (!mongo.exists(Query.query(where("_id").is(plan.communityId())), GovernanceRecord.class)) {
            try {
                outbox.save(GovernanceRecord.open(plan));
            } catch (DuplicateKeyException alreadyOpened) {
                // a redelivery raced the first
            }
        }
    }

    /** Applies an event's change to the record of a community, if it has one. */
    /** project-service passed the community's acceptance: the residents' satisfaction evaluation opens. */
    public void acceptancePassed(String communityId) {
        onEvent(communityId, GovernanceRecord::acceptancePassed);
    }

    /** The project was handed over on this day: long-term management starts. */
    public void handedOver(String communityId, java.time.LocalDate on) {
        onEvent(communityId, g -> g.handedOver(on));
    }

    private void onEvent(String communityId, Consumer<GovernanceRecord> change) {
        outbox.change(() -> mongo.findById(communityId, GovernanceRecord.class), change);
    }

    public boolean apply(EventEnvelope envelope, HouseholdRollChanged roll) {
        return updates.applyIfNewer(HouseholdRoll.class, roll.communityId() + "/" + roll.buildingNumber(),
                envelope.aggregateVersion(), new Update().set("communityId", roll.communityId())
                        .set("buildingNumber", roll.buildingNumber())
                        .set("households", roll.households().stream().map(h -> new HouseholdRoll.Household(
                                h.householdId(), h.exclusiveArea(), h.ownerKey())).toList()));
    }

    /** survey registered or changed a community: its buildings, which a committee election's electorate covers. */
    public boolean apply(EventEnvelope envelope, CommunityFacts community) {
        return updates.applyIfNewer(CommunityBuildings.class, community.communityId(), envelope.aggregateVersion(),
                new Update().set("buildings", community.buildings().stream().map(CommunityFacts.Building::number)
                        .toList()));
    }

    /** plan-service closed an owners' vote: kept as the record a decision that needs the owners is checked on. */
    public boolean apply(EventEnvelope envelope, OwnerVoteClosed vote) {
        return updates.applyIfNewer(OwnersDecisionRecord.class, vote.voteId(), envelope.aggregateVersion(),
                new Update().set("communityId", vote.communityId()).set("matter", vote.matter())
                        .set("valid", vote.valid()).set("passed", vote.passed())
                        .set("closedOn", LocalDate.ofInstant(envelope.occurredAt(), BUSINESS_ZONE))
                        .set("totalArea", vote.totalArea()).set("totalOwners", vote.totalOwners())
                        .set("participatingArea", vote.participatingArea())
                        .set("participatingOwners", vote.participatingOwners())
                        .set("yesArea", vote.yesArea()).set("yesOwners", vote.yesOwners()));
    }

    /**
     * Opens the committee election. Its electorate ({@link Electorate}) is fixed now: every owner of the rolls of
     * all the community's buildings, each once; candidates must be owners of it.
     */
    GovernanceRecord openElection(Caller caller, String communityId, GovernanceRequests.ElectionInput r) {
        get(caller, communityId);
        CommunityBuildings registered = mongo.findById(communityId, CommunityBuildings.class);
        List<String> buildings = registered == null ? null : registered.buildings();
        List<GovernanceParts.Elector> electorate = Electorate.of(communityId, buildings,
                mongo.find(Query.query(where("communityId").is(communityId)), HouseholdRoll.class));
        Map<String, String> ownerOf = new LinkedHashMap<>();
        electorate.forEach(e -> e.householdIds().forEach(h -> ownerOf.put(h, e.ownerKey())));
        List<FieldProblem> errors = new ArrayList<>();
        List<GovernanceParts.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            var c = r.candidates().get(i);
            String owner = ownerOf.get(c.householdId());
            if (owner == null) {
                errors.add(new FieldProblem("candidates[" + i + "].householdId", "election.candidateNotOwner"));
            } else if (candidates.stream().anyMatch(x -> x.ownerKey().equals(owner))) {
                errors.add(new FieldProblem("candidates[" + i + "].householdId", "election.candidateTwice"));
            } else {
                candidates.add(new GovernanceParts.Candidate(c.householdId(), c.name().strip(), owner));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        GovernanceParts.Election election = new GovernanceParts.Election(UUID.randomUUID().toString(), r.seats(),
                r.termYears(), List.copyOf(candidates), List.copyOf(buildings), electorate, List.of(),
                GovernanceParts.Election.OPEN, false, List.of(), caller.subject(), java.time.Instant.now(), null, null);
        return change(caller, communityId, g -> g.openElection(election, today()));
    }

    /**
     * The owners' decision an engagement of a property manager names, checked on the vote governance received
     * from plan-service: a vote of this community, on {@code HIRE_PROPERTY_MANAGEMENT}, closed and passed (art.
     * 278 (四): more than half of the participating area and owners). Refused 422 naming {@code ownersDecision.voteId}.
     */
    GovernanceParts.OwnersDecision ownersDecision(String communityId, String voteId, String description) {
        OwnersDecisionRecord vote = mongo.findById(voteId.strip(), OwnersDecisionRecord.class);
        String problem = vote == null || !vote.communityId().equals(communityId) ? "manager.decisionNotFound"
                : !OwnersDecisionRecord.HIRE_PROPERTY_MANAGEMENT.equals(vote.matter()) ? "manager.decisionWrongMatter"
                : !vote.passed() ? "manager.decisionNotPassed" : null;
        if (problem != null) {
            throw DomainException.ruleViolated("OWNERS_DECISION_NOT_VALID",
                    List.of(new FieldProblem("ownersDecision.voteId", problem)), voteId.strip());
        }
        return new GovernanceParts.OwnersDecision(vote.id(), vote.closedOn(), vote.participatingArea().toPlainString(),
                vote.participatingOwners(), vote.yesArea().toPlainString(), vote.yesOwners(),
                description == null ? null : description.strip());
    }

    /** The owners' votes governance has received for a community, newest first. */
    List<OwnersDecisionRecord> decisions(Caller caller, String communityId) {
        get(caller, communityId);
        return mongo.find(Query.query(where("communityId").is(communityId))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
                        "closedOn")), OwnersDecisionRecord.class);
    }

    /** The fixed electorate of the community's current (or last) election. */
    GovernanceParts.Election election(Caller caller, String communityId) {
        GovernanceParts.Election election = get(caller, communityId).election();
        if (election == null) {
            throw ApiException.notFound("NO_ELECTION", communityId);
        }
        return election;
    }

    GovernanceRecord vote(Caller caller, String communityId, String householdId, List<String> candidates) {
        boolean staff = caller.has(Role.STREET) || caller.has(Role.DISTRICT_OFFICE);
        boolean self = caller.has(Role.RESIDENT) && communityId.equals(caller.communityId())
                && householdId.equals(caller.householdId());
        if (!staff && !self) {
            throw new ApiException(HttpStatus.FORBIDDEN, "NOT_YOUR_HOUSEHOLD", householdId);
        }
        return change(caller, communityId, g -> g.cast(householdId, candidates, self ? "ONLINE" : "PAPER", caller.subject()));
    }

    GovernanceRecord change(Caller caller, String communityId, Consumer<GovernanceRecord> change) {
        return outbox.change(() -> get(caller, communityId), change);
    }

    /** A record the caller may see: offices and streets by place; residents and committees their own. */
    GovernanceRecord get(Caller caller, String communityId) {
        GovernanceRecord record = mongo.findById(communityId, GovernanceRecord.class);
        if (record == null || !visible(caller, record)) {
            throw ApiException.notFound("GOVERNANCE_RECORD_NOT_FOUND", communityId);
        }
        return record;
    }

    static boolean visible(Caller caller, GovernanceRecord record) {
        if (caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE)) {
            return record.getId().equals(caller.communityId());
        }
        return caller.sees(record.districtCode(), record.streetCode());
    }

    /** The published satisfaction of any community (public read). */
    org.renewal.contracts.governance.SatisfactionPublished published(String communityId) {
        GovernanceRecord record = mongo.findById(communityId, GovernanceRecord.class);
        return record == null ? null : record.satisfactionResult();
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }
}
