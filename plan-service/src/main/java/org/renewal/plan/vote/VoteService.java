package org.renewal.plan.vote;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.renewal.plan.community.CommunityReadModel;
import org.renewal.plan.community.HouseholdRoll;
import org.renewal.plan.community.PlanCommunity;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Opens owners' votes on the household roll, takes ballots, closes them with their result. */
@Service
public class VoteService {

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final CommunityReadModel communities;

    VoteService(MongoTemplate mongo, OutboxWriter outbox, CommunityReadModel communities) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.communities = communities;
    }

    OwnerVote open(Caller caller, VoteRequests.Open request) {
        PlanCommunity community = communities.find(request.communityId());
        if (community == null || !caller.sees(community.districtCode(), community.streetCode())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", request.communityId());
        }
        boolean perEntrance = request.matter() == VoteMatter.ELEVATOR_RETROFIT;
        if (perEntrance && (request.buildingNumber() == null || request.entrance() == null)) {
            throw ApiException.invalid(List.of(new FieldProblem(request.buildingNumber() == null ? "buildingNumber"
                    : "entrance", "vote.entranceRequired")));
        }
        if (!perEntrance && (request.buildingNumber() != null || request.entrance() != null)) {
            throw ApiException.invalid(List.of(new FieldProblem("buildingNumber", "vote.wholeCommunityOnly")));
        }
        List<OwnerVote.Elector> electorate = electorate(community, request.buildingNumber(), request.entrance());
        OwnerVote vote = OwnerVote.open(UUID.randomUUID().toString(), community.id(), community.districtCode(),
                community.streetCode(), request.matter(), request.title().strip(), request.buildingNumber(),
                request.entrance(), electorate, caller.subject());
        return outbox.save(vote);
    }

    /**
     * The owners who may vote: every household of the rolls (of one entrance for an elevator), grouped
     * by owner key — a multi-unit owner once, with the areas summed. Every building must have its roll,
     * or owners would be missing.
     */
    private List<OwnerVote.Elector> electorate(PlanCommunity community, String building, String entrance) {
        Map<String, HouseholdRoll> rolls = new LinkedHashMap<>();
        communities.rolls(community.id()).forEach(r -> rolls.put(r.buildingNumber(), r));
        List<String> missing = new ArrayList<>();
        List<PlanCommunity.BuildingFacts> buildings = community.buildings() == null ? List.of() : community.buildings();
        for (PlanCommunity.BuildingFacts b : buildings) {
            boolean wanted = building == null || building.equals(b.number());
            HouseholdRoll roll = rolls.get(b.number());
            if (wanted && (roll == null || roll.households() == null || roll.households().isEmpty())) {
                missing.add(b.number());
            }
        }
        if (building != null && buildings.stream().noneMatch(b -> b.number().equals(building))) {
            throw ApiException.invalid(List.of(new FieldProblem("buildingNumber", "vote.noSuchBuilding")));
        }
        if (!missing.isEmpty() || buildings.isEmpty()) {
            throw ApiException.ruleViolated("HOUSEHOLD_ROLL_MISSING", community.id(), String.join(", ", missing));
        }
        Map<String, long[]> areas = new LinkedHashMap<>();
        Map<String, List<String>> households = new LinkedHashMap<>();
        for (HouseholdRoll roll : rolls.values()) {
            if (building != null && !building.equals(roll.buildingNumber())) {
                continue;
            }
            for (HouseholdRoll.Household h : roll.households()) {
                if (entrance != null && !entrance.equals(h.entrance())) {
                    continue;
                }
                long centiares = h.exclusiveArea().movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY)
                        .longValueExact();
                areas.merge(h.ownerKey(), new long[] {centiares}, (a, b) -> new long[] {Math.addExact(a[0], b[0])});
                households.computeIfAbsent(h.ownerKey(), k -> new ArrayList<>()).add(h.householdId());
            }
        }
        if (areas.isEmpty()) {
            throw ApiException.invalid(List.of(new FieldProblem("entrance", "vote.noSuchEntrance")));
        }
        List<OwnerVote.Elector> electorate = new ArrayList<>();
        areas.forEach((key, area) -> electorate.add(new OwnerVote.Elector(key, area[0], List.copyOf(households.get(key)))));
        return electorate;
    }

    OwnerVote cast(Caller caller, String voteId, String householdId, VoteRequests.Cast request) {
        boolean staff = caller.has(Role.DISTRICT_OFFICE) || caller.has(Role.STREET);
        OwnerVote current = get(caller, voteId);
        boolean self = caller.has(Role.RESIDENT) && current.communityId().equals(caller.communityId())
                && householdId.equals(caller.householdId());
        if (!staff && !self) {
            throw new ApiException(HttpStatus.FORBIDDEN, "NOT_YOUR_HOUSEHOLD", householdId);
        }
        Ballot.Channel channel = self ? Ballot.Channel.ONLINE : Ballot.Channel.PAPER;
        return change(caller, voteId, vote -> vote.cast(householdId, request.choice(), channel, caller.subject()));
    }

    /** Paper ballots in bulk (the street or the district office), each row's outcome beside the vote. */
    VoteController.PaperBallotsView castPaper(Caller caller, String voteId, VoteRequests.PaperBallots request) {
        List<Map.Entry<String, Ballot.Choice>> rows = request.ballots().stream()
                .map(b -> Map.entry(b.householdId().strip(), b.choice())).toList();
        List<String> outcomes = new ArrayList<>();
        OwnerVote vote = change(caller, voteId, v -> {
            outcomes.clear();
            outcomes.addAll(v.castPaper(rows, caller.subject()));
        });
        List<VoteController.PaperBallotRow> results = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            results.add(new VoteController.PaperBallotRow(i, rows.get(i).getKey(), outcomes.get(i) == null,
                    outcomes.get(i)));
        }
        return new VoteController.PaperBallotsView(VoteController.VoteView.of(vote), results);
    }

    OwnerVote close(Caller caller, String voteId) {
        String by = caller.subject();
        return change(caller, voteId, vote -> vote.close(by));
    }

    OwnerVote get(Caller caller, String id) {
        OwnerVote vote = mongo.findById(id, OwnerVote.class);
        boolean ownCommunity = caller.communityId() != null && vote != null
                && caller.communityId().equals(vote.communityId());
        if (vote == null || !(caller.sees(vote.districtCode(), vote.streetCode()) || ownCommunity)) {
            throw ApiException.notFound("VOTE_NOT_FOUND", id);
        }
        if ((caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE)) && !ownCommunity) {
            throw ApiException.notFound("VOTE_NOT_FOUND", id);
        }
        return vote;
    }

    Page<OwnerVote> list(Caller caller, String communityId, VoteMatter matter, OwnerVote.Status status, Pageable pageable) {
        Criteria scope = caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE)
                ? where("communityId").is(String.valueOf(caller.communityId()))
                : PlaceScope.of(caller, "districtCode", "streetCode");
        Query query = PlaceScope.within(scope).is("communityId", communityId).is("matter", matter)
                .is("status", status).query();
        long total = mongo.count(query, OwnerVote.class);
        query.fields().exclude("electorate", "ballots", "pendingEvents");
        return new PageImpl<>(mongo.find(query.with(pageable), OwnerVote.class), pageable, total);
    }

    /** Whether the community's owners passed a renovation vote (needed before a plan is submitted). */
    public boolean renovationPassed(String communityId) {
        Query query = Query.query(where("communityId").is(communityId).and("matter").is(VoteMatter.RENOVATION)
                .and("status").is(OwnerVote.Status.CLOSED).and("result.passed").is(true));
        return mongo.exists(query, OwnerVote.class);
    }

    /**
     * What a vote decided, for a rule that needs the owners' decision as its record (an elevator line names the
     * vote of its entrance); empty for no such vote.
     */
    public Optional<Decision> decision(String voteId) {
        return Optional.ofNullable(mongo.findById(voteId, OwnerVote.class)).map(v -> new Decision(v.getId(),
                v.communityId(), v.matter(), v.buildingNumber(), v.entrance(), v.status() == OwnerVote.Status.CLOSED,
                v.passed()));
    }

    /** A vote as a record of a decision: which community, matter and entrance, whether closed and passed. */
    public record Decision(String voteId, String communityId, VoteMatter matter, String buildingNumber,
                           String entrance, boolean closed, boolean passed) {
    }

    private OwnerVote change(Caller caller, String id, Consumer<OwnerVote> change) {
        return outbox.change(() -> get(caller, id), change);
    }
}
