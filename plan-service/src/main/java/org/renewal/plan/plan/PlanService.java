package org.renewal.plan.plan;

import org.renewal.platform.rules.Fen;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.renewal.contracts.funding.FundingChannel;
import org.renewal.plan.community.CommunityReadModel;
import org.renewal.plan.community.HouseholdRoll;
import org.renewal.plan.community.PlanCommunity;
import org.renewal.plan.menu.Catalogue;
import org.renewal.plan.vote.VoteService;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.ETags;
import org.renewal.platform.web.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Drafts, checks, submits, reviews and approves community plans. */
@Service
class PlanService {

    static final String ELEVATOR = "ELEVATOR_RETROFIT";

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final CommunityReadModel communities;
    private final Catalogue catalogue;
    private final VoteService votes;

    PlanService(MongoTemplate mongo, OutboxWriter outbox, CommunityReadModel communities, Catalogue catalogue,
                VoteService votes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.communities = communities;
        this.catalogue = catalogue;
        this.votes = votes;
    }

    /** Starts the one plan of a community in the reserve; a second start is a 409 naming the first. */
    Plan start(String communityId) {
        Caller caller = Caller.current();
        PlanCommunity community = visibleCommunity(communityId);
        if (!community.inReserve()) {
            throw ApiException.ruleViolated("COMMUNITY_NOT_IN_RESERVE", communityId);
        }
        String id = UUID.nameUUIDFromBytes(("plan:" + communityId).getBytes(StandardCharsets.UTF_8)).toString();
        try {
            return outbox.save(Plan.draft(id, community, caller.subject()));
        } catch (DuplicateKeyException exists) {
            throw ApiException.conflict("PLAN_EXISTS", communityId, id);
        }
    }

    Plan revise(String id, String ifMatch, PlanRequests.Content request) {
        Plan plan = get(id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        plan.revise(content(request, visibleCommunity(plan.communityId())));
        return outbox.save(plan);
    }

    Plan submit(String id, String ifMatch) {
        Plan plan = get(id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        PlanCommunity community = visibleCommunity(plan.communityId());
        plan.requireSubmittable();
        if (!community.inReserve()) {
            throw ApiException.ruleViolated("COMMUNITY_NOT_IN_RESERVE", plan.communityId());
        }
        if (!votes.renovationPassed(plan.communityId())) {
            throw ApiException.ruleViolated("RENOVATION_VOTE_NOT_PASSED", plan.communityId());
        }
        plan.submit(Caller.current().subject());
        return outbox.save(plan);
    }

    Plan returnWith(String id, String ifMatch, PlanRequests.Return request) {
        Plan plan = get(id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        Caller caller = Caller.current();
        int revision = plan.currentRevision() == null ? 0 : plan.currentRevision().number();
        plan.returnWith(request.opinions().stream()
                .map(o -> new Opinion(revision, o.lineId() == null || o.lineId().isBlank() ? null : o.lineId(),
                        o.text().strip(), caller.subject(), Instant.now()))
                .toList());
        return outbox.save(plan);
    }

    Plan approve(String id, String ifMatch) {
        Plan plan = get(id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        plan.approve(Caller.current().subject(), visibleCommunity(plan.communityId()));
        return outbox.save(plan);
    }

    Plan prepare(String id, String ifMatch, PlanRequests.PreparationInput r) {
        Plan plan = get(id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        if (r.feasibilityApprovedOn() != null && r.projectApprovedOn() != null
                && r.projectApprovedOn().isBefore(r.feasibilityApprovedOn())) {
            throw ApiException.invalid(List.of(new FieldProblem("projectApprovedOn", "plan.approvalBeforeFeasibility")));
        }
        plan.prepare(new Preparation(r.feasibilityStudyNo(), r.feasibilityApprovedOn(), r.projectApprovalNo(),
                r.projectApprovedOn(), r.tenderPreparedOn(), r.note()));
        return outbox.save(plan);
    }

    Plan get(String id) {
        Plan plan = mongo.findById(id, Plan.class);
        if (plan == null || !Caller.current().sees(plan.districtCode(), plan.streetCode())) {
            throw ApiException.notFound("PLAN_NOT_FOUND", id);
        }
        return plan;
    }

    PlanCommunity community(Plan plan) {
        return communities.find(plan.communityId());
    }

    Page<Plan> list(String districtCode, String streetCode, PlanStatus status, Pageable pageable) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(PlaceScope.of(Caller.current(), "districtCode", "streetCode"));
        if (districtCode != null) {
            parts.add(where("districtCode").is(districtCode));
        }
        if (streetCode != null) {
            parts.add(where("streetCode").is(streetCode));
        }
        if (status != null) {
            parts.add(where("status").is(status));
        }
        Query query = new Query(new Criteria().andOperator(parts));
        long total = mongo.count(query, Plan.class);
        query.fields().exclude("revisions", "pendingEvents");
        return new PageImpl<>(mongo.find(query.with(pageable), Plan.class), pageable, total);
    }

    private PlanCommunity visibleCommunity(String communityId) {
        PlanCommunity community = communities.find(communityId);
        if (community == null || !Caller.current().sees(community.districtCode(), community.streetCode())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", communityId);
        }
        return community;
    }

    /** Checks every line and source against the menu, the community and the rules; computes the costs. */
    private PlanContent content(PlanRequests.Content request, PlanCommunity community) {
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> buildings = new HashSet<>();
        if (community.buildings() != null) {
            community.buildings().forEach(b -> buildings.add(b.number()));
        }
        Set<String> entrancesOnRolls = new HashSet<>();
        for (HouseholdRoll roll : communities.rolls(community.id())) {
            roll.households().forEach(h -> entrancesOnRolls.add(roll.buildingNumber() + "-" + h.entrance()));
        }
        List<PlanContent.Line> lines = new ArrayList<>();
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            PlanRequests.ItemInput in = request.items().get(i);
            String path = "items[" + i + "]";
            var item = catalogue.find(in.code(), community.districtCode());
            if (item.isEmpty()) {
                errors.add(new FieldProblem(path + ".code", "plan.unknownItem"));
                continue;
            }
            if (item.get().retired()) {
                errors.add(new FieldProblem(path + ".code", "plan.retiredItem"));
            }
            List<String> scopeBuildings = in.buildings() == null ? List.of()
                    : List.copyOf(new LinkedHashSet<>(in.buildings().stream().map(String::strip).toList()));
            List<PlanContent.Entrance> entrances = in.entrances() == null ? List.of() : in.entrances().stream()
                    .map(e -> new PlanContent.Entrance(e.building().strip(), e.entrance().strip())).toList();
            for (int b = 0; b < scopeBuildings.size(); b++) {
                if (!buildings.contains(scopeBuildings.get(b))) {
                    errors.add(new FieldProblem(path + ".buildings[" + b + "]", "plan.noSuchBuilding"));
                }
            }
            PlanContent.ElevatorConditions conditions = null;
            if (ELEVATOR.equals(in.code())) {
                if (entrances.size() != 1 || !scopeBuildings.isEmpty()) {
                    errors.add(new FieldProblem(path + ".entrances", "plan.elevatorPerEntrance"));
                } else {
                    PlanContent.Entrance e = entrances.get(0);
                    if (!buildings.contains(e.building())) {
                        errors.add(new FieldProblem(path + ".entrances[0].building", "plan.noSuchBuilding"));
                    } else if (!entrancesOnRolls.isEmpty() && !entrancesOnRolls.contains(e.building() + "-" + e.entrance())) {
                        errors.add(new FieldProblem(path + ".entrances[0].entrance", "plan.noSuchEntrance"));
                    }
                }
                var c = in.elevatorConditions();
                if (c == null) {
                    errors.add(new FieldProblem(path + ".elevatorConditions", "plan.elevatorConditionsRequired"));
                } else {
                    conditions = new PlanContent.ElevatorConditions(c.safetyInspectionPassed(),
                            c.constructionConditionsAllow(), c.residentsAgreed(), c.fundsInPlace());
                    addUnmet(errors, path, "safetyInspectionPassed", c.safetyInspectionPassed());
                    addUnmet(errors, path, "constructionConditionsAllow", c.constructionConditionsAllow());
                    addUnmet(errors, path, "residentsAgreed", c.residentsAgreed());
                    addUnmet(errors, path, "fundsInPlace", c.fundsInPlace());
                }
            } else if (!entrances.isEmpty()) {
                errors.add(new FieldProblem(path + ".entrances", "plan.entrancesOnlyForElevator"));
            }
            if (in.plannedFinish().isBefore(in.plannedStart())) {
                errors.add(new FieldProblem(path + ".plannedFinish", "plan.finishBeforeStart"));
            }
            String scope = !entrances.isEmpty() ? entrances.get(0).building() + "-" + entrances.get(0).entrance()
                    : scopeBuildings.isEmpty() ? "all" : String.join(",", scopeBuildings);
            String lineId = in.code() + "@" + scope;
            if (!lineIds.add(lineId)) {
                errors.add(new FieldProblem(path, "plan.duplicateLine"));
            }
            long unitCost = item.get().unitCost();
            BigDecimal exactCost = in.quantity().multiply(BigDecimal.valueOf(unitCost)).setScale(0, RoundingMode.HALF_UP);
            if (exactCost.compareTo(BigDecimal.valueOf(Fen.MAX)) > 0) {
                errors.add(new FieldProblem(path + ".quantity", "amount.outOfRange"));
                continue;
            }
            long cost = exactCost.longValueExact();
            lines.add(new PlanContent.Line(lineId, in.code(), item.get().labelZh(), item.get().unit(), in.quantity(),
                    unitCost, cost, scopeBuildings, entrances, in.plannedStart(), in.plannedFinish(), conditions));
        }
        List<PlanContent.Source> sources = new ArrayList<>();
        for (int i = 0; i < request.funding().size(); i++) {
            PlanRequests.SourceInput s = request.funding().get(i);
            String path = "funding[" + i + "]";
            boolean named = s.channel() == FundingChannel.ORIGINAL_PROPERTY_UNIT
                    || s.channel() == FundingChannel.UTILITY_OPERATOR || s.channel() == FundingChannel.SOCIAL_CAPITAL;
            if (named && (s.payer() == null || s.payer().isBlank())) {
                errors.add(new FieldProblem(path + ".payer", "plan.payerRequired"));
            }
            if (s.channel() == FundingChannel.UTILITY_OPERATOR && s.utility() == null) {
                errors.add(new FieldProblem(path + ".utility", "plan.utilityRequired"));
            }
            if (s.channel() != FundingChannel.UTILITY_OPERATOR && s.utility() != null) {
                errors.add(new FieldProblem(path + ".utility", "plan.utilityOnlyForOperators"));
            }
            sources.add(new PlanContent.Source(s.channel(), s.payer() == null ? null : s.payer().strip(), s.utility(),
                    s.amount()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        long total = Fen.sum("items", lines.stream().mapToLong(PlanContent.Line::cost));
        Fen.sum("funding", sources.stream().mapToLong(PlanContent.Source::amount));
        return new PlanContent(List.copyOf(lines), List.copyOf(sources), total);
    }

    private static void addUnmet(List<FieldProblem> errors, String path, String condition, boolean met) {
        if (!met) {
            errors.add(new FieldProblem(path + ".elevatorConditions." + condition, "plan.elevatorConditionUnmet"));
        }
    }
}
