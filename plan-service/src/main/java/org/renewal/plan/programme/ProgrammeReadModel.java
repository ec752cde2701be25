package org.renewal.plan.programme;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.renewal.contracts.governance.PropertyManagerEngaged;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanSubmitted;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.InspectionFindingClosed;
import org.renewal.contracts.project.InspectionFindingOpened;
import org.renewal.contracts.project.MilestoneLate;
import org.renewal.contracts.project.ProjectEvaluated;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectStarted;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRemovedFromReserve;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.platform.events.EventEnvelope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the programme read model from every service's events. Each update is idempotent on its own
 * ({@code $set}, {@code $max} of the stage, {@code $addToSet}/{@code $pull} of late items and open
 * findings), so a redelivered or replayed event changes nothing; the timeline keeps each event once by
 * its id. The stage only moves forward.
 */
@Service
public class ProgrammeReadModel {

    private final MongoTemplate mongo;

    ProgrammeReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void apply(EventEnvelope e, CommunityFacts c) {
        community(e, c.communityId(), new Update().set("name", c.name()).set("districtCode", c.districtCode())
                .set("streetCode", c.streetCode()).set("buildYear", c.buildYear()).set("buildings", c.buildingCount())
                .set("households", c.households()).set("floorArea", c.floorArea()), ProgrammeStage.REGISTERED, true);
    }

    public void apply(EventEnvelope e, EligibilityAssessed a) {
        community(e, a.communityId(), new Update().set("eligibility", a.outcome()).set("urgencyScore", a.urgencyScore()),
                "NOT_ELIGIBLE".equals(a.outcome()) ? ProgrammeStage.REGISTERED : ProgrammeStage.ELIGIBLE, true);
    }

    public void apply(EventEnvelope e, CommunityReserved r) {
        community(e, r.communityId(), new Update().set("reserved", true).set("urgencyScore", r.urgencyScore()),
                ProgrammeStage.RESERVED, true);
    }

    public void apply(EventEnvelope e, CommunityRemovedFromReserve r) {
        community(e, r.communityId(), new Update().set("reserved", false), ProgrammeStage.REGISTERED, true);
    }

    public void apply(EventEnvelope e, PlanSubmitted p) {
        community(e, p.communityId(), new Update().set("planId", p.planId()), ProgrammeStage.PLANNED, true);
    }

    public void apply(EventEnvelope e, PlanApproved p) {
        community(e, p.communityId(), new Update().set("planId", p.planId()), ProgrammeStage.APPROVED, true);
    }

    public void apply(EventEnvelope e, ProjectStarted p) {
        community(e, p.communityId(), new Update(), ProgrammeStage.UNDER_CONSTRUCTION, true);
    }

    public void apply(EventEnvelope e, MilestoneLate m) {
        community(e, m.communityId(), new Update().addToSet("lateItems", m.lineId()), ProgrammeStage.REGISTERED, false);
    }

    public void apply(EventEnvelope e, InspectionFindingOpened f) {
        String community = communityOfPlan(f.projectId());
        if (community != null) {
            community(e, community, new Update().addToSet("openFindings", f.findingId()), ProgrammeStage.REGISTERED, false);
        }
    }

    public void apply(EventEnvelope e, InspectionFindingClosed f) {
        String community = communityOfPlan(f.projectId());
        if (community != null) {
            community(e, community, new Update().pull("openFindings", f.findingId()), ProgrammeStage.REGISTERED, false);
        }
    }

    public void apply(EventEnvelope e, AcceptancePassed a) {
        community(e, a.communityId(), new Update(), ProgrammeStage.ACCEPTED, true);
    }

    public void apply(EventEnvelope e, ProjectEvaluated v) {
        community(e, v.communityId(), new Update(), ProgrammeStage.EVALUATED, true);
    }

    public void apply(EventEnvelope e, ProjectHandedOver h) {
        community(e, h.communityId(), new Update().set("handedOver", true), ProgrammeStage.HANDED_OVER, true);
        longTermIfReady(h.communityId());
    }

    public void apply(EventEnvelope e, PropertyManagerEngaged m) {
        community(e, m.communityId(), new Update().set("managerEngaged", true), ProgrammeStage.REGISTERED, true);
        longTermIfReady(m.communityId());
    }

    /** Handed over with its management in place: long-term management (长效管理). */
    private void longTermIfReady(String communityId) {
        mongo.updateFirst(query(where("_id").is(communityId).and("handedOver").is(true).and("managerEngaged").is(true)),
                new Update().max("stageOrder", ProgrammeStage.LONG_TERM_MANAGEMENT.ordinal()), ProgrammeCommunity.class);
    }

    private String communityOfPlan(String planId) {
        ProgrammeCommunity c = mongo.findOne(query(where("planId").is(planId)), ProgrammeCommunity.class);
        return c == null ? null : c.id();
    }

    private void community(EventEnvelope e, String communityId, Update update, ProgrammeStage reached, boolean published) {
        mongo.upsert(query(where("_id").is(communityId)), update.max("stageOrder", reached.ordinal())
                .set("updatedAt", Instant.now()), ProgrammeCommunity.class);
        try {
            mongo.insert(new TimelineEntry(e.eventId(), communityId, e.type(), e.occurredAt(), e.aggregateVersion(),
                    e.correlationId(),
                    published));
        } catch (DuplicateKeyException seen) {
            // the event was applied before: the timeline has it
        }
    }
}
