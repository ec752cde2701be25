package org.renewal.governance.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.outbox.OutboxWriter;
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

    /** Opens the committee election with its electorate (owners of the rolls, each once) and candidates. */
    GovernanceRecord openElection(Caller caller, String communityId, GovernanceRequests.ElectionInput r) {
        Map<String, long[]> areas = new LinkedHashMap<>();
        Map<String, List<String>> households = new LinkedHashMap<>();
        Map<String, String> ownerOf = new LinkedHashMap<>();
        for (HouseholdRoll roll : mongo.find(Query.query(where("communityId").is(communityId)), HouseholdRoll.class)) {
            for (HouseholdRoll.Household h : roll.households()) {
                long centiares = h.exclusiveArea().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
                areas.merge(h.ownerKey(), new long[] {centiares}, (a, b) -> new long[] {Math.addExact(a[0], b[0])});
                households.computeIfAbsent(h.ownerKey(), k -> new ArrayList<>()).add(h.householdId());
                ownerOf.put(h.householdId(), h.ownerKey());
            }
        }
        if (areas.isEmpty()) {
            throw ApiException.ruleViolated("HOUSEHOLD_ROLL_MISSING", communityId);
        }
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
                candidates.add(new GovernanceParts.Candidate(c.householdId(), c.name().strip(), owner).withName(c.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<GovernanceParts.Elector> electorate = new ArrayList<>();
        areas.forEach((key, area) -> electorate.add(new GovernanceParts.Elector(key, area[0],
                List.copyOf(households.get(key)))));
        String by = caller.subject();
        GovernanceParts.Election election = new GovernanceParts.Election(UUID.randomUUID().toString(), r.seats(),
                r.termYears(), List.copyOf(candidates), List.copyOf(electorate), List.of(), "OPEN", false, List.of(), by,
                java.time.Instant.now(), null);
        return change(caller, communityId, g -> g.openElection(election, today()));
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
