package org.renewal.plan.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Drafts, checks, submits, reviews and approves community plans. */
@Service
class PlanService {

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final CommunityReadModel communities;
    private final Catalogue catalogue;
    private final VoteService votes;

    /** The day a record's date is compared with is the day in China. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    PlanService(MongoTemplate mongo, OutboxWriter outbox, CommunityReadModel communities, Catalogue catalogue,
                VoteService votes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.communities = communities;
        this.catalogue = catalogue;
        this.votes = votes;
    }

    /** Starts the one plan of a community in the reserve; a second start is a 409 naming the first. */
    Plan start(Caller caller, String communityId) {
        PlanCommunity community = visibleCommunity(caller, communityId);
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

    Plan revise(Caller caller, String id, String ifMatch, PlanRequests.Content request) {
        Plan plan = get(caller, id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        plan.revise(content(request, visibleCommunity(caller, plan.communityId())));
        return outbox.save(plan);
    }

    Plan submit(Caller caller, String id, String ifMatch) {
        Plan plan = get(caller, id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        PlanCommunity community = visibleCommunity(caller, plan.communityId());
        plan.requireSubmittable();
        if (!community.inReserve()) {
            throw ApiException.ruleViolated("COMMUNITY_NOT_IN_RESERVE", plan.communityId());
        }
        if (!votes.renovationPassed(plan.communityId())) {
            throw ApiException.ruleViolated("RENOVATION_VOTE_NOT_PASSED", plan.communityId());
        }
        plan.submit(caller.subject());
        return outbox.save(plan);
    }

    Plan returnWith(Caller caller, String id, String ifMatch, PlanRequests.Return request) {
        Plan plan = get(caller, id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        int revision = plan.currentRevision() == null ? 0 : plan.currentRevision().number();
        plan.returnWith(request.opinions().stream()
                .map(o -> new Opinion(revision, o.lineId() == null || o.lineId().isBlank() ? null : o.lineId(),
                        o.text().strip(), caller.subject(), Instant.now()))
                .toList());
        return outbox.save(plan);
    }

    Plan approve(Caller caller, String id, String ifMatch) {
        Plan plan = get(caller, id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        plan.approve(caller.subject(), visibleCommunity(caller, plan.communityId()));
        return outbox.save(plan);
    }

    Plan prepare(Caller caller, String id, String ifMatch, PlanRequests.PreparationInput r) {
        Plan plan = get(caller, id);
        ETags.requireMatch(ifMatch, plan.getVersion());
        if (r.feasibilityApprovedOn() != null && r.projectApprovedOn() != null
                && r.projectApprovedOn().isBefore(r.feasibilityApprovedOn())) {
            throw ApiException.invalid(List.of(new FieldProblem("projectApprovedOn", "plan.approvalBeforeFeasibility")));
        }
        plan.prepare(new Preparation(r.feasibilityStudyNo(), r.feasibilityApprovedOn(), r.projectApprovalNo(),
                r.projectApprovedOn(), r.tenderPreparedOn(), r.note()));
        return outbox.save(plan);
    }

    Plan get(Caller caller, String id) {
        Plan plan = mongo.findById(id, Plan.class);
        if (plan == null || !caller.sees(plan.districtCode(), plan.streetCode())) {
            throw ApiException.notFound("PLAN_NOT_FOUND", id);
        }
        return plan;
    }

    PlanCommunity community(Plan plan) {
        return communities.find(plan.communityId());
    }

    Page<Plan> list(Caller caller, String districtCode, String streetCode, PlanStatus status, Pageable pageable) {
        Query query = PlaceScope.filter(caller).is("districtCode", districtCode).is("streetCode", streetCode)
                .is("status", status).query();
        long total = mongo.count(query, Plan.class);
        query.fields().exclude("revisions", "pendingEvents");
        return new PageImpl<>(mongo.find(query.with(pageable), Plan.class), pageable, total);
    }

    private PlanCommunity visibleCommunity(Caller caller, String communityId) {
        PlanCommunity community = communities.find(communityId);
        if (community == null || !caller.sees(community.districtCode(), community.streetCode())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", communityId);
        }
        return community;
    }

    /** A plan's content priced and checked, nothing stored (a quote before the funding is entered). */
    PlanContentRules.Quote quote(Caller caller, String id, PlanRequests.Content request) {
        Plan plan = get(caller, id);
        return PlanContentRules.quote(request, facts(visibleCommunity(caller, plan.communityId())));
    }

    /** The content checked by {@link PlanContentRules} against the district's menu and the community. */
    private PlanContent content(PlanRequests.Content request, PlanCommunity community) {
        return PlanContentRules.check(request, facts(community));
    }

    private PlanContentRules.Facts facts(PlanCommunity community) {
        Set<String> buildings = new HashSet<>();
        if (community.buildings() != null) {
            community.buildings().forEach(b -> buildings.add(b.number()));
        }
        Set<String> entrancesOnRolls = new HashSet<>();
        for (HouseholdRoll roll : communities.rolls(community.id())) {
            roll.households().forEach(h -> entrancesOnRolls.add(roll.buildingNumber() + "-" + h.entrance()));
        }
        return new PlanContentRules.Facts(community.id(), buildings, entrancesOnRolls,
                code -> catalogue.find(code, community.districtCode()), votes::decision, LocalDate.now(CHINA));
    }
}
