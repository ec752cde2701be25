package org.renewal.project.project;

import org.renewal.platform.rules.Fen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.project.AcceptanceFailed;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.InspectionFindingClosed;
import org.renewal.contracts.project.InspectionFindingOpened;
import org.renewal.contracts.project.MilestoneLate;
import org.renewal.contracts.project.ProgressReported;
import org.renewal.contracts.project.ProjectCreated;
import org.renewal.contracts.project.ProjectEvaluated;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectStarted;
import org.renewal.contracts.project.UnitContracted;
import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.rules.DomainException;
import org.renewal.project.project.ProjectParts.Acceptance;
import org.renewal.project.project.ProjectParts.ContractedUnit;
import org.renewal.project.project.ProjectParts.Finding;
import org.renewal.project.project.ProjectParts.Item;
import org.renewal.project.project.ProjectParts.Remark;
import org.renewal.project.project.ProjectParts.Signature;
import org.renewal.project.stage.ProjectStage;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A construction project built from an approved plan; its id is the plan's id. */
@Document("projects")
class Project extends OutboxAggregate {

    /** Parties whose pass the acceptance needs (seed 四(二)6). */
    static final Set<AcceptanceParty> REQUIRED_PARTIES = EnumSet.allOf(AcceptanceParty.class);

    @Indexed
    private String communityId;
    private String communityName;
    private String districtCode;
    private String streetCode;
    private long totalCost;
    private List<String> buildings = List.of();
    private int households;
    private BigDecimal floorArea;
    private ProjectStage stage;
    private List<Item> items = new ArrayList<>();
    private List<ContractedUnit> units = new ArrayList<>();
    /** Credit codes of the units under contract, for finding "my projects" fast. */
    @Indexed
    private List<String> unitCodes = new ArrayList<>();
    private LocalDate startedOn;
    private List<Remark> remarks = new ArrayList<>();
    private List<Finding> findings = new ArrayList<>();
    private List<Acceptance> acceptances = new ArrayList<>();
    private ProjectParts.Evaluation evaluation;
    private ProjectParts.Handover handover;
    private Instant createdAt;
    private Instant updatedAt;

    protected Project() {
    }

    static Project from(PlanApproved plan) {
        Project p = new Project();
        p.id = plan.planId();
        p.communityId = plan.communityId();
        p.communityName = plan.communityName();
        p.districtCode = plan.districtCode();
        p.streetCode = plan.streetCode();
        p.totalCost = plan.totalCost();
        p.buildings = List.copyOf(plan.buildings());
        p.households = plan.households();
        p.floorArea = plan.floorArea();
        p.stage = ProjectStage.APPROVED;
        p.items = new ArrayList<>(plan.items().stream().map(i -> new Item(i.lineId(), i.code(), i.labelZh(),
                i.quantity(), i.unit(), i.cost(), i.buildings(),
                i.entrances().stream().map(e -> e.building() + "-" + e.entrance()).toList(), i.plannedStart(),
                i.plannedFinish(), 0, null, null, false, List.of())).toList());
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        p.record(new ProjectCreated(p.id, p.communityId, p.districtCode, p.streetCode, p.totalCost, p.items.size()));
        return p;
    }

    /** Records the tender of a role and puts its winner under contract (replacing one before the start). */
    void contract(ContractedUnit unit) {
        if (stage != ProjectStage.APPROVED && stage != ProjectStage.TENDERING) {
            throw DomainException.ruleViolated("PROJECT_ALREADY_STARTED", id, stage.name());
        }
        units.removeIf(u -> u.role() == unit.role());
        units.add(unit);
        unitCodes = units.stream().map(ContractedUnit::creditCode).distinct().toList();
        stage = ProjectStage.TENDERING;
        touch();
        record(new UnitContracted(id, unit.role().name(), unit.name(), unit.creditCode(), unit.contractAmount(),
                unit.contractNo()));
    }

    /** Starts construction (开工): needs a contractor and a supervisor under contract. */
    void start(LocalDate on) {
        if (stage != ProjectStage.APPROVED && stage != ProjectStage.TENDERING) {
            throw DomainException.ruleViolated("PROJECT_ALREADY_STARTED", id, stage.name());
        }
        for (UnitRole needed : List.of(UnitRole.CONTRACTOR, UnitRole.SUPERVISION)) {
            if (unit(needed).isEmpty()) {
                throw DomainException.ruleViolated("UNIT_NOT_CONTRACTED", needed.name(), id);
            }
        }
        stage = ProjectStage.UNDER_CONSTRUCTION;
        startedOn = on;
        touch();
        record(new ProjectStarted(id, communityId, on));
    }

    /** A unit's progress on one item; backwards only with a reason; 100% means finished. */
    void report(String lineId, int percent, LocalDate actualStart, LocalDate actualFinish, String note,
                List<String> photos, String reason, String by, UnitRole role, LocalDate today) {
        if (stage != ProjectStage.UNDER_CONSTRUCTION && stage != ProjectStage.COMPLETED) {
            throw DomainException.ruleViolated("PROJECT_NOT_STARTED", id, stage.name());
        }
        int index = indexOf(lineId);
        Item item = items.get(index);
        if (percent < item.percent() && (reason == null || reason.isBlank())) {
            throw DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("reason",
                    "progress.backwardsNeedsReason")));
        }
        LocalDate finish = percent == 100 ? (actualFinish != null ? actualFinish : today) : null;
        // without a start date, the item started with its first report (or at its reported finish, if earlier)
        LocalDate start = actualStart != null ? actualStart : item.actualStart() != null ? item.actualStart()
                : percent == 0 ? null : finish != null && finish.isBefore(today) ? finish : today;
        if (start != null && startedOn != null && start.isBefore(startedOn)) {
            throw DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("actualStart",
                    "progress.startBeforeProject")));
        }
        if (finish != null && start != null && finish.isBefore(start)) {
            throw DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("actualFinish",
                    "progress.finishBeforeStart")));
        }
        Item updated = item.withProgress(percent, start, finish, new ProjectParts.Report(percent, note,
                photos == null ? List.of() : List.copyOf(photos), reason, by, role.name(), Instant.now()));
        items.set(index, updated);
        stage = items.stream().allMatch(i -> i.percent() == 100) ? ProjectStage.COMPLETED
                : ProjectStage.UNDER_CONSTRUCTION;
        touch();
        record(new ProgressReported(id, lineId, percent, start, finish, overall()));
        announceIfLate(index, today);
    }

    /** Announces items late against their plan, once each. */
    boolean announceLate(LocalDate today) {
        if (stage != ProjectStage.UNDER_CONSTRUCTION && stage != ProjectStage.COMPLETED) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < items.size(); i++) {
            any |= announceIfLate(i, today);
        }
        return any;
    }

    private boolean announceIfLate(int index, LocalDate today) {
        Item item = items.get(index);
        if (item.lateAnnounced() || !item.lateOn(today)) {
            return false;
        }
        items.set(index, item.announcedLate());
        record(new MilestoneLate(id, communityId, item.lineId(), item.plannedFinish(), item.percent(),
                UnitRole.CONTRACTOR.name()));
        return true;
    }

    /** Cost-weighted percent complete, two decimals. */
    BigDecimal overall() {
        long cost = Fen.total(items.stream().mapToLong(Item::cost));
        if (cost == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal done = items.stream().map(i -> BigDecimal.valueOf(i.cost()).multiply(BigDecimal.valueOf(i.percent())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return done.divide(BigDecimal.valueOf(cost), 2, RoundingMode.HALF_UP);
    }

    Remark remark(String householdId, String by, String text, List<String> photos) {
        Remark remark = new Remark(UUID.randomUUID().toString(), householdId, by, text,
                photos == null ? List.of() : List.copyOf(photos), Instant.now(), null);
        remarks.add(remark);
        touch();
        return remark;
    }

    void answer(String remarkId, String text, String by) {
        for (int i = 0; i < remarks.size(); i++) {
            if (remarks.get(i).id().equals(remarkId)) {
                if (remarks.get(i).answer() != null) {
                    throw DomainException.conflict("REMARK_ALREADY_ANSWERED", remarkId);
                }
                remarks.set(i, remarks.get(i).answered(new ProjectParts.Answer(text, by, Instant.now())));
                touch();
                return;
            }
        }
        throw DomainException.notFound("REMARK_NOT_FOUND", remarkId, id);
    }

    Finding openFinding(FindingSeverity severity, String description, String lineId, UnitRole responsible,
                        LocalDate deadline, String by) {
        if (stage == ProjectStage.APPROVED || stage == ProjectStage.TENDERING) {
            throw DomainException.ruleViolated("PROJECT_NOT_STARTED", id, stage.name());
        }
        if (lineId != null) {
            indexOf(lineId);
        }
        Finding finding = new Finding(UUID.randomUUID().toString(), severity, description, lineId, responsible,
                deadline, by, Instant.now(), null);
        findings.add(finding);
        touch();
        record(new InspectionFindingOpened(id, finding.id(), severity.name(), responsible.name(), deadline));
        return finding;
    }

    void closeFinding(String findingId, String evidence, List<String> photos, String by, LocalDate on) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.id().equals(findingId)) {
                if (!f.open()) {
                    throw DomainException.conflict("FINDING_ALREADY_CLOSED", findingId);
                }
                findings.set(i, f.closed(new ProjectParts.Closure(evidence, photos == null ? List.of()
                        : List.copyOf(photos), by, on, Instant.now())));
                touch();
                record(new InspectionFindingClosed(id, findingId, on.isAfter(f.deadline())));
                return;
            }
        }
        throw DomainException.notFound("FINDING_NOT_FOUND", findingId, id);
    }

    /** The housing bureau organises an acceptance: the works complete, no open critical finding, every remark answered. */
    Acceptance organiseAcceptance(String by, LocalDate date) {
        if (stage != ProjectStage.COMPLETED) {
            throw DomainException.ruleViolated("PROJECT_NOT_COMPLETED", id, stage.name());
        }
        if (currentAcceptance().filter(a -> a.outcome() == null).isPresent()) {
            throw DomainException.conflict("ACCEPTANCE_IN_PROGRESS", id);
        }
        long critical = findings.stream().filter(f -> f.open() && f.severity() == FindingSeverity.CRITICAL).count();
        if (critical > 0) {
            throw DomainException.ruleViolated("CRITICAL_FINDING_OPEN", id, critical);
        }
        long unanswered = remarks.stream().filter(r -> r.answer() == null).count();
        if (unanswered > 0) {
            throw DomainException.ruleViolated("REMARKS_UNANSWERED", id, unanswered);
        }
        Acceptance acceptance = new Acceptance(acceptances.size() + 1, by, date, List.of(), null, null);
        acceptances.add(acceptance);
        touch();
        return acceptance;
    }

    /** A party signs the acceptance; when every required party has signed, it is decided. */
    void sign(int attempt, AcceptanceParty party, boolean passed, String remarks, List<String> punchItems, String by,
              LocalDate today) {
        Acceptance current = currentAcceptance().filter(a -> a.attempt() == attempt)
                .orElseThrow(() -> DomainException.notFound("ACCEPTANCE_NOT_FOUND", attempt, id));
        if (current.outcome() != null) {
            throw DomainException.ruleViolated("ACCEPTANCE_DECIDED", attempt, current.outcome());
        }
        if (current.signatures().stream().anyMatch(s -> s.party() == party)) {
            throw DomainException.conflict("ALREADY_SIGNED", party.name(), attempt);
        }
        if (!passed && (punchItems == null || punchItems.isEmpty())) {
            throw DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("punchItems",
                    "acceptance.failNeedsPunchItems")));
        }
        Acceptance signed = current.signed(new Signature(party, passed, remarks,
                punchItems == null ? List.of() : List.copyOf(punchItems), by, Instant.now()));
        Set<AcceptanceParty> parties = EnumSet.noneOf(AcceptanceParty.class);
        signed.signatures().forEach(s -> parties.add(s.party()));
        if (parties.containsAll(REQUIRED_PARTIES)) {
            List<Signature> failed = signed.signatures().stream().filter(s -> !s.passed()).toList();
            if (failed.isEmpty()) {
                signed = signed.decided("PASSED");
                stage = ProjectStage.ACCEPTED;
                record(new AcceptancePassed(id, communityId, attempt, signed.date() != null ? signed.date() : today));
            } else {
                signed = signed.decided("FAILED");
                record(new AcceptanceFailed(id, attempt, failed.stream().map(s -> s.party().name()).toList(),
                        failed.stream().flatMap(s -> s.punchItems().stream()).toList()));
            }
        }
        acceptances.set(acceptances.size() - 1, signed);
        touch();
    }

    /** The city office's comprehensive evaluation of an accepted project (once). */
    void evaluate(ProjectParts.Evaluation given) {
        requireEvaluable();
        evaluation = given;
        if (handover == null) {
            stage = ProjectStage.EVALUATED;
        }
        touch();
        record(new ProjectEvaluated(id, communityId, districtCode, given.score(), given.grade().name()));
    }

    /** The evaluation comes after the acceptance, once. */
    void requireEvaluable() {
        if (!accepted()) {
            throw DomainException.ruleViolated("PROJECT_NOT_ACCEPTED", id, stage.name());
        }
        if (evaluation != null) {
            throw DomainException.conflict("PROJECT_ALREADY_EVALUATED", id);
        }
    }

    /** Hands the community over to its street and community (移交): after acceptance, with governance in place. */
    void handOver(ProjectParts.Handover given, boolean governanceReady) {
        if (!accepted()) {
            throw DomainException.ruleViolated("PROJECT_NOT_ACCEPTED", id, stage.name());
        }
        if (handover != null) {
            throw DomainException.conflict("PROJECT_ALREADY_HANDED_OVER", id);
        }
        if (!governanceReady) {
            throw DomainException.ruleViolated("GOVERNANCE_NOT_READY", communityId);
        }
        handover = given;
        stage = ProjectStage.HANDED_OVER;
        touch();
        record(new ProjectHandedOver(id, communityId, given.streetCode(), given.on()));
    }

    boolean accepted() {
        return acceptances.stream().anyMatch(a -> "PASSED".equals(a.outcome()));
    }

    Optional<ContractedUnit> unit(UnitRole role) {
        return units.stream().filter(u -> u.role() == role).findFirst();
    }

    Optional<Acceptance> currentAcceptance() {
        return acceptances.isEmpty() ? Optional.empty() : Optional.of(acceptances.get(acceptances.size() - 1));
    }

    private int indexOf(String lineId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).lineId().equals(lineId)) {
                return i;
            }
        }
        throw DomainException.notFound("ITEM_NOT_FOUND", lineId, id);
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    String communityId() { return communityId; }

    String communityName() { return communityName; }

    String districtCode() { return districtCode; }

    String streetCode() { return streetCode; }

    long totalCost() { return totalCost; }

    List<String> buildings() { return buildings; }

    int households() { return households; }

    BigDecimal floorArea() { return floorArea; }

    ProjectStage stage() { return stage; }

    List<Item> items() { return items; }

    List<ContractedUnit> units() { return units; }

    List<String> unitCodes() { return unitCodes; }

    LocalDate startedOn() { return startedOn; }

    List<Remark> remarks() { return remarks; }

    List<Finding> findings() { return findings; }

    List<Acceptance> acceptances() { return acceptances; }

    ProjectParts.Evaluation evaluation() { return evaluation; }

    ProjectParts.Handover handover() { return handover; }

    Instant createdAt() { return createdAt; }

    Instant updatedAt() { return updatedAt; }
}
