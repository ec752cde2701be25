package org.renewal.project.project;

import org.renewal.platform.rules.CreditCode;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.renewal.contracts.governance.GovernanceReady;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.renewal.project.stage.ProjectStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** The use cases of projects, with who may do what on which project. */
@Service
public class ProjectService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(ProjectService.class);

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final ReadModelUpdates updates;

    ProjectService(MongoTemplate mongo, OutboxWriter outbox, ReadModelUpdates updates) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.updates = updates;
    }

    /** Creates the project of an approved plan; a duplicate event finds it there and creates nothing. */
    public boolean create(PlanApproved plan) {
        if (mongo.exists(Query.query(where("_id").is(plan.planId())), Project.class)) {
            return false;
        }
        try {
            outbox.save(Project.from(plan));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    public boolean apply(EventEnvelope envelope, GovernanceReady ready) {
        return updates.applyIfNewer(GovernanceReadiness.class, ready.communityId(), envelope.aggregateVersion(),
                new Update().set("body", ready.body()).set("since", ready.since()));
    }

    Project contract(Caller caller, String id, ProjectRequests.Tender t) {
        if (!CreditCode.valid(t.unit().creditCode())) {
            throw ApiException.invalid(List.of(new FieldProblem("unit.creditCode", "unit.creditCodeCheck")));
        }
        return change(caller, id, p -> p.contract(new ProjectParts.ContractedUnit(t.role(), t.unit().name().strip(),
                t.unit().creditCode(), t.unit().contact(), t.method(), t.tenderDate(), t.contractAmount(),
                t.contractNo().strip(), Instant.now())));
    }

    Project start(Caller caller, String id, LocalDate on) {
        return change(caller, id, p -> p.start(on));
    }

    Project report(Caller caller, String id, String lineId, ProjectRequests.Progress r) {
        return change(caller, id, p -> {
            UnitRole role = unitRoleOf(caller, p);
            if (role != UnitRole.CONTRACTOR && role != UnitRole.SUPERVISION) {
                throw new ApiException(HttpStatus.FORBIDDEN, "NOT_A_REPORTING_UNIT", role.name());
            }
            p.report(lineId, r.percent(), r.actualStart(), r.actualFinish(), r.note(), r.photos(), r.reason(),
                    caller.subject(), role, today());
        });
    }

    Project remark(Caller caller, String id, ProjectRequests.RemarkInput r) {
        return change(caller, id, p -> p.remark(caller.householdId(), caller.subject(), r.text().strip(), r.photos()));
    }

    Project answer(Caller caller, String id, String remarkId, String text) {
        return change(caller, id, p -> {
            if (caller.has(Role.UNIT)) {
                unitRoleOf(caller, p);
            }
            p.answer(remarkId, text.strip(), caller.subject());
        });
    }

    Project openFinding(Caller caller, String id, ProjectRequests.FindingInput f) {
        return change(caller, id, p -> {
            if (caller.has(Role.UNIT) && unitRoleOf(caller, p) != UnitRole.SUPERVISION) {
                throw new ApiException(HttpStatus.FORBIDDEN, "NOT_THE_SUPERVISOR", p.getId());
            }
            p.openFinding(f.severity(), f.description().strip(), f.lineId(), f.responsible(), f.deadline(),
                    caller.subject());
        });
    }

    Project closeFinding(Caller caller, String id, String findingId, ProjectRequests.ClosureInput c) {
        return change(caller, id, p -> {
            if (caller.has(Role.UNIT)) {
                UnitRole role = unitRoleOf(caller, p);
                boolean responsible = p.findings().stream()
                        .anyMatch(f -> f.id().equals(findingId) && f.responsible() == role);
                if (!responsible && role != UnitRole.SUPERVISION) {
                    throw new ApiException(HttpStatus.FORBIDDEN, "NOT_RESPONSIBLE_FOR_FINDING", findingId);
                }
            }
            p.closeFinding(findingId, c.evidence().strip(), c.photos(), caller.subject(), today());
        });
    }

    Project organiseAcceptance(Caller caller, String id, LocalDate date) {
        String by = caller.subject();
        return change(caller, id, p -> p.organiseAcceptance(by, date));
    }

    Project sign(Caller caller, String id, int attempt, AcceptanceParty party, ProjectRequests.SignatureInput s) {
        return change(caller, id, p -> {
            if (!holds(caller, party, p)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "NOT_THIS_PARTY", party.name());
            }
            p.sign(attempt, party, s.passed(), s.remarks(), s.punchItems(), caller.subject(), today());
        });
    }

    /** The city's evaluation, its satisfaction part taken from the residents' published result ({@link Evaluations}). */
    Project evaluate(Caller caller, String id, ProjectRequests.EvaluationInput e) {
        String by = caller.subject();
        return change(caller, id, p -> {
            p.requireEvaluable();
            var satisfaction = Evaluations.satisfaction(mongo.findById(p.communityId(), ResidentSatisfaction.class),
                    e.satisfaction(), e.satisfactionOverrideReason());
            var score = Evaluations.score(e.quality(), e.schedule(), satisfaction.points(), e.cost());
            p.evaluate(new ProjectParts.Evaluation(e.quality(), e.schedule(), satisfaction.points(), e.cost(), score,
                    Evaluations.grade(score), e.remarks(), by, Instant.now(), satisfaction));
        });
    }

    /** The residents' published satisfaction of a project's community, as the evaluation would take it. */
    ResidentSatisfaction residentSatisfaction(Caller caller, String id) {
        ResidentSatisfaction published = mongo.findById(get(caller, id).communityId(), ResidentSatisfaction.class);
        if (published == null) {
            throw ApiException.notFound("SATISFACTION_NOT_PUBLISHED_YET", id);
        }
        return published;
    }

    /** governance-service published a community's residents' satisfaction. */
    public boolean apply(EventEnvelope envelope, SatisfactionPublished published) {
        return updates.applyIfNewer(ResidentSatisfaction.class, published.communityId(), envelope.aggregateVersion(),
                new Update().set("households", published.households()).set("respondents", published.respondents())
                        .set("overall", published.overall()));
    }

    Project handOver(Caller caller, String id, ProjectRequests.HandoverInput h) {
        String by = caller.subject();
        return change(caller, id, p -> p.handOver(new ProjectParts.Handover(p.streetCode(), h.handedOverOn(), h.note(), by,
                Instant.now()), mongo.exists(Query.query(where("_id").is(p.communityId())), GovernanceReadiness.class)));
    }

    /** Announces late items of running projects; returns how many projects had news. */
    int announceLate() {
        LocalDate today = today();
        int changed = 0;
        Query running = Query.query(where("stage").in(ProjectStage.UNDER_CONSTRUCTION, ProjectStage.COMPLETED));
        running.fields().include("_id");
        for (Project stub : mongo.find(running, Project.class)) {
            try {
                Project p = mongo.findById(stub.getId(), Project.class);
                if (p != null && p.announceLate(today)) {
                    outbox.save(p);
                    changed++;
                }
            } catch (OptimisticLockingFailureException busy) {
                log.debug("project {} changed meanwhile; its late items are announced on the next run", stub.getId());
            }
        }
        return changed;
    }

    /** A project the caller may see; others are "not found". */
    Project get(Caller caller, String id) {
        Project project = mongo.findById(id, Project.class);
        if (project == null || !visible(caller, project)) {
            throw ApiException.notFound("PROJECT_NOT_FOUND", id);
        }
        return project;
    }

    Page<Project> list(Caller caller, String districtCode, String streetCode, ProjectStage stage, Pageable pageable) {
        Criteria scope = caller.has(Role.UNIT) ? where("unitCodes").is(String.valueOf(caller.unitId()))
                : caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE)
                ? where("communityId").is(String.valueOf(caller.communityId()))
                : PlaceScope.of(caller, "districtCode", "streetCode");
        Query query = PlaceScope.within(scope).is("districtCode", districtCode).is("streetCode", streetCode)
                .is("stage", stage).query();
        long total = mongo.count(query, Project.class);
        query.fields().exclude("pendingEvents");
        return new PageImpl<>(mongo.find(query.with(pageable), Project.class), pageable, total);
    }

    boolean governanceReady(String communityId) {
        return mongo.exists(Query.query(where("_id").is(communityId)), GovernanceReadiness.class);
    }

    private static boolean visible(Caller caller, Project p) {
        if (caller.has(Role.UNIT)) {
            return caller.unitId() != null && p.unitCodes().contains(caller.unitId());
        }
        if (caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE)) {
            return p.communityId().equals(caller.communityId());
        }
        return caller.sees(p.districtCode(), p.streetCode());
    }

    /** The role the calling unit holds on the project; a unit not under contract there is refused. */
    private static UnitRole unitRoleOf(Caller caller, Project p) {
        return p.units().stream().filter(u -> u.creditCode().equals(caller.unitId())).map(ProjectParts.ContractedUnit::role)
                .filter(r -> r != UnitRole.CONSTRUCTION).findFirst()
                .or(() -> p.units().stream().filter(u -> u.creditCode().equals(caller.unitId()))
                        .map(ProjectParts.ContractedUnit::role).findFirst())
                .orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "NOT_YOUR_PROJECT", p.getId()));
    }

    /** Whether the caller holds an acceptance party on this project. */
    private static boolean holds(Caller caller, AcceptanceParty party, Project p) {
        return switch (party) {
            case STREET, COMMUNITY -> caller.has(Role.STREET) && p.streetCode().equals(caller.streetCode());
            case OWNERS -> caller.has(Role.OWNERS_COMMITTEE) && p.communityId().equals(caller.communityId());
            case DESIGN -> contracted(caller, p, UnitRole.DESIGN);
            case SUPERVISION -> contracted(caller, p, UnitRole.SUPERVISION);
            case CONTRACTOR -> contracted(caller, p, UnitRole.CONTRACTOR);
        };
    }

    private static boolean contracted(Caller caller, Project p, UnitRole role) {
        return caller.has(Role.UNIT) && p.unit(role).map(u -> u.creditCode().equals(caller.unitId())).orElse(false);
    }

    private Project change(Caller caller, String id, Consumer<Project> change) {
        return outbox.change(() -> get(caller, id), change);
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }
}
