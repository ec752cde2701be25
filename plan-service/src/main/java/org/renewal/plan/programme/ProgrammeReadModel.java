package org.renewal.plan.programme;

import org.renewal.platform.rules.Fen;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.renewal.contracts.funding.FundsPledged;
import org.renewal.contracts.funding.FundsReceived;
import org.renewal.contracts.funding.FundsRefunded;
import org.renewal.contracts.funding.LedgerEntryReversed;
import org.renewal.contracts.governance.SatisfactionPublished;

import org.renewal.contracts.governance.PropertyManagerEngaged;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanSubmitted;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.InspectionFindingClosed;
import org.renewal.contracts.project.InspectionFindingOpened;
import org.renewal.contracts.project.MilestoneLate;
import org.renewal.contracts.project.ProgressReported;
import org.renewal.contracts.project.ProjectEvaluated;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectStarted;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRemovedFromReserve;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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

    /** The survey community's version applied last (its aggregate is the programme community itself). */
    static final String SURVEY_VERSION = "versions.survey";

    private final MongoTemplate mongo;
    private final ProgrammeFigures figures;
    private final ReadModelUpdates updates;

    ProgrammeReadModel(MongoTemplate mongo, ProgrammeFigures figures, ReadModelUpdates updates) {
        this.mongo = mongo;
        this.updates = updates;
        this.figures = figures;
    }

    /** One survey event's change to its community in the programme (its stage included), for {@link #applyAll}. */
    public record Change(EventEnvelope event, String communityId, Update update) {
    }

    public Change change(EventEnvelope e, CommunityFacts c) {
        return change(e, c.communityId(), new Update().set("name", c.name()).set("districtCode", c.districtCode())
                .set("streetCode", c.streetCode()).set("buildYear", c.buildYear()).set("buildings", c.buildingCount())
                .set("households", c.households()).set("floorArea", c.floorArea()).set("latitude", c.latitude())
                .set("longitude", c.longitude()), ProgrammeStage.REGISTERED);
    }

    public Change change(EventEnvelope e, EligibilityAssessed a) {
        return change(e, a.communityId(), new Update().set("eligibility", a.outcome())
                .set("urgencyScore", a.urgencyScore()),
                "NOT_ELIGIBLE".equals(a.outcome()) ? ProgrammeStage.REGISTERED : ProgrammeStage.ELIGIBLE);
    }

    public Change change(EventEnvelope e, CommunityReserved r) {
        return change(e, r.communityId(), new Update().set("reserved", true).set("urgencyScore", r.urgencyScore()),
                ProgrammeStage.RESERVED);
    }

    public Change change(EventEnvelope e, CommunityRemovedFromReserve r) {
        return change(e, r.communityId(), new Update().set("reserved", false), ProgrammeStage.REGISTERED);
    }

    /** The change with the stage it reaches (the stage only moves forward: {@code $max}). */
    private static Change change(EventEnvelope e, String communityId, Update update, ProgrammeStage reached) {
        return new Change(e, communityId, update.max("stageOrder", reached.ordinal()));
    }

    /** Applies one survey event's change, only forward: an older or redelivered one changes nothing. */
    public void apply(Change c) {
        updates.applyIfNewer(ProgrammeCommunity.class, c.communityId(), SURVEY_VERSION, c.event().aggregateVersion(),
                c.update().set("updatedAt", Instant.now()));
        timeline(c.event(), c.communityId(), true);
    }

    /**
     * Applies a batch of survey events, in the order they came, with the outcome of applying each in turn
     * (every change here is a {@code $set} or the stage's {@code $max}, so merged they do the same): one upsert
     * per community with its changes merged, all in one bulk write; the events' timeline entries in one insert
     * (an entry already there — a redelivered event — is kept once); one mark that the figures changed.
     */
    public void applyAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        updates.applyAllIfNewer(ProgrammeCommunity.class, SURVEY_VERSION, changes.stream()
                .map(c -> new ReadModelUpdates.Change(c.communityId(), c.event().aggregateVersion(),
                        c.update().set("updatedAt", now)))
                .toList());
        List<TimelineEntry> entries = changes.stream().map(c -> entry(c.event(), c.communityId(), true)).toList();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TimelineEntry.class).insert(entries).execute();
        } catch (DuplicateKeyException | BulkOperationException redelivered) {
            entries.forEach(this::insertOnce);
        }
        figures.changed();
    }

    public void apply(EventEnvelope e, PlanSubmitted p) {
        community(e, p.communityId(), new Update().set("planId", p.planId()), ProgrammeStage.PLANNED, true);
    }

    public void apply(EventEnvelope e, PlanApproved p) {
        Map<String, Long> planned = new TreeMap<>();
        for (PlanApproved.Source s : p.funding() == null ? List.<PlanApproved.Source>of() : p.funding()) {
            planned.merge(s.channel(), Fen.fromEvent("funding amount", s.amount()), Math::addExact);
        }
        community(e, p.communityId(), new Update().set("planId", p.planId()).set("fundingPlanned", planned),
                ProgrammeStage.APPROVED, true);
    }

    public void apply(EventEnvelope e, ProjectStarted p) {
        community(e, p.communityId(), new Update().set("startedOn", p.startedOn()), ProgrammeStage.UNDER_CONSTRUCTION,
                true);
    }

    public void apply(EventEnvelope e, FundsPledged f) {
        ledger(e, f.projectId(), f.entryId(), "PLEDGE", f.channel(), f.amount(), "fundingPledged", f.amount());
    }

    public void apply(EventEnvelope e, FundsReceived f) {
        ledger(e, f.projectId(), f.entryId(), "RECEIPT", f.channel(), f.amount(), "fundingReceived", f.amount());
    }

    public void apply(EventEnvelope e, FundsRefunded f) {
        ledger(e, f.projectId(), f.entryId(), "REFUND", f.channel(), f.amount(), "fundingReceived", -f.amount());
    }

    /** A reversing entry undoes exactly the figures of the entry it reverses (a disbursement moves none here). */
    public void apply(EventEnvelope e, LedgerEntryReversed r) {
        String community = communityOfPlan(r.projectId());
        ProgrammeCommunity c = community == null ? null : mongo.findById(community, ProgrammeCommunity.class);
        ProgrammeCommunity.LedgerMark original = c == null || c.ledger() == null ? null : c.ledger().get(r.reverses());
        if (original == null) {
            ledger(e, r.projectId(), r.entryId(), "REVERSAL", null, 0, null, 0);
            return;
        }
        switch (original.kind()) {
            case "PLEDGE" -> ledger(e, r.projectId(), r.entryId(), "REVERSAL", original.channel(), original.amount(),
                    "fundingPledged", -original.amount());
            case "RECEIPT" -> ledger(e, r.projectId(), r.entryId(), "REVERSAL", original.channel(), original.amount(),
                    "fundingReceived", -original.amount());
            case "REFUND" -> ledger(e, r.projectId(), r.entryId(), "REVERSAL", original.channel(), original.amount(),
                    "fundingReceived", original.amount());
            default -> ledger(e, r.projectId(), r.entryId(), "REVERSAL", original.channel(), original.amount(), null, 0);
        }
    }

    public void apply(EventEnvelope e, SatisfactionPublished s) {
        community(e, s.communityId(), new Update().set("satisfaction", s.overall())
                .set("satisfactionRespondents", s.respondents()), ProgrammeStage.REGISTERED, true);
    }

    /**
     * Counts a ledger entry once: the guard (the entry not yet marked) and the change of the sums are one
     * atomic update of the community's document, so a redelivered entry matches nothing.
     */
    private void ledger(EventEnvelope e, String projectId, String entryId, String kind, String channel, long amount,
                        String field, long delta) {
        String community = communityOfPlan(projectId);
        if (community == null) {
            return;
        }
        Update update = new Update().set("ledger." + entryId, new Document("kind", kind).append("channel", channel)
                .append("amount", amount));
        if (field != null && channel != null && delta != 0) {
            update.inc(field + "." + channel, delta);
        }
        mongo.updateFirst(query(where("_id").is(community).and("ledger." + entryId).exists(false)),
                update.set("updatedAt", Instant.now()), ProgrammeCommunity.COLLECTION);
        timeline(e, community, false);
    }

    /** An item still unfinished past its planned finish is overdue; one finished late is history (timeline only). */
    public void apply(EventEnvelope e, MilestoneLate m) {
        community(e, m.communityId(), m.percent() < 100 ? new Update().addToSet("lateItems", m.lineId()) : new Update(),
                ProgrammeStage.REGISTERED, false);
    }

    /** A finished item is no longer late: what is overdue is what is still to be done. */
    public void apply(EventEnvelope e, ProgressReported p) {
        String community = communityOfPlan(p.projectId());
        if (community != null) {
            Update update = new Update().set("updatedAt", Instant.now());
            if (p.percent() >= 100) {
                update.pull("lateItems", p.lineId());
            }
            updates.applyIfNewer(ProgrammeCommunity.class, community, versionOf(e), e.aggregateVersion(), update);
            timeline(e, community, true);
        }
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
        community(e, a.communityId(), new Update().set("acceptedOn", a.acceptedOn()), ProgrammeStage.ACCEPTED, true);
    }

    public void apply(EventEnvelope e, ProjectEvaluated v) {
        community(e, v.communityId(), new Update(), ProgrammeStage.EVALUATED, true);
    }

    public void apply(EventEnvelope e, ProjectHandedOver h) {
        community(e, h.communityId(), new Update().set("handedOver", true).set("handedOverOn", h.handedOverOn()),
                ProgrammeStage.HANDED_OVER, true);
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
        figures.changed();
    }

    /**
     * The community of a plan (= project id). Plans are this service's own, stored before any event about
     * their project can exist, so the answer does not depend on the order events of different topics arrive.
     */
    private String communityOfPlan(String planId) {
        Document plan = mongo.findById(planId, Document.class, "plans");
        if (plan != null && plan.getString("communityId") != null) {
            return plan.getString("communityId");
        }
        ProgrammeCommunity c = mongo.findOne(query(where("planId").is(planId)), ProgrammeCommunity.class);
        return c == null ? null : c.id();
    }

    /**
     * One event's change to its community, only forward: applied when the event is newer than the last one of its
     * aggregate applied here ({@link #versionOf}) — so an older MilestoneLate or InspectionFindingOpened
     * redelivered after the report or closing that followed it does not bring the item back. The timeline keeps
     * every event once whatever its order.
     */
    private void community(EventEnvelope e, String communityId, Update update, ProgrammeStage reached, boolean published) {
        updates.applyIfNewer(ProgrammeCommunity.class, communityId, versionOf(e), e.aggregateVersion(),
                update.max("stageOrder", reached.ordinal()).set("updatedAt", Instant.now()));
        timeline(e, communityId, published);
    }

    /**
     * Where a programme community keeps the version of one source aggregate: it hears from its survey community,
     * its plan, its project(s) and its governance record, each with versions of its own (a plan and its project
     * share an id, so the producing service is part of the name).
     */
    static String versionOf(EventEnvelope e) {
        String service = e.type().substring(0, Math.max(0, e.type().indexOf('.')));
        return "versions." + service + ":" + e.aggregateId();
    }

    private void timeline(EventEnvelope e, String communityId, boolean published) {
        figures.changed();
        insertOnce(entry(e, communityId, published));
    }

    private static TimelineEntry entry(EventEnvelope e, String communityId, boolean published) {
        return new TimelineEntry(e.eventId(), communityId, e.type(), e.occurredAt(), e.aggregateVersion(),
                e.correlationId(), published);
    }

    private void insertOnce(TimelineEntry entry) {
        try {
            mongo.insert(entry);
        } catch (DuplicateKeyException seen) {
            // the event was applied before: the timeline has it
        }
    }
}
