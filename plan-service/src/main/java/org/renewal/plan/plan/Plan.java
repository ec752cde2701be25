package org.renewal.plan.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanReturned;
import org.renewal.contracts.plan.PlanSubmitted;
import org.renewal.plan.community.PlanCommunity;
import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.rules.DomainException;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The plan of one community (一小区一方案): its current content, its status in review, every submitted
 * revision (immutable), the city office's opinions, and the preparation after approval.
 */
@Document("plans")
class Plan extends OutboxAggregate {

    @Indexed(unique = true)
    private String communityId;
    private String communityName;
    private String districtCode;
    private String streetCode;
    private PlanStatus status;
    private PlanContent content = PlanContent.empty();
    private List<Revision> revisions = new ArrayList<>();
    private List<Opinion> opinions = new ArrayList<>();
    private Preparation preparation;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant approvedAt;
    private String approvedBy;

    protected Plan() {
    }

    static Plan draft(String id, PlanCommunity community, String by) {
        Plan plan = new Plan();
        plan.id = id;
        plan.communityId = community.id();
        plan.communityName = community.name();
        plan.districtCode = community.districtCode();
        plan.streetCode = community.streetCode();
        plan.status = PlanStatus.DRAFT;
        plan.createdBy = by;
        plan.createdAt = Instant.now();
        plan.updatedAt = plan.createdAt;
        return plan;
    }

    /** Replaces the content; only while the district office may edit (draft or returned). */
    void revise(PlanContent newContent) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw DomainException.ruleViolated("PLAN_NOT_EDITABLE", id, status.name());
        }
        content = newContent;
        updatedAt = Instant.now();
    }

    /** Submits the current content as a new revision (报审). The caller has checked the owners' vote. */
    void submit(String by) {
        requireSubmittable();
        Revision revision = new Revision(revisions.size() + 1, content, by, Instant.now());
        revisions.add(revision);
        status = PlanStatus.SUBMITTED;
        updatedAt = revision.submittedAt();
        record(new PlanSubmitted(id, communityId, districtCode, revision.number(), content.totalCost()));
    }

    /** Refuses submission of a plan in the wrong state, without items, or whose funding does not add up. */
    void requireSubmittable() {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw DomainException.ruleViolated("PLAN_NOT_SUBMITTABLE", id, status.name());
        }
        if (content.items().isEmpty()) {
            throw DomainException.ruleViolated("PLAN_HAS_NO_ITEMS", id);
        }
        if (content.funded() != content.totalCost()) {
            Optional<PlanContent.Line> elevator = content.items().stream()
                    .filter(l -> l.elevatorPilot() != null).findFirst();
            if (elevator.isPresent() && content.funded() < content.totalCost()) {
                throw DomainException.ruleViolated("ELEVATOR_FUNDS_NOT_IN_PLACE", elevator.get().lineId(),
                        content.totalCost(), content.funded());
            }
            throw DomainException.ruleViolated("FUNDING_DOES_NOT_ADD_UP", content.totalCost(), content.funded(),
                    content.totalCost() - content.funded());
        }
    }

    /** The city office returns the submitted revision with its opinions (退回修改). */
    void returnWith(List<Opinion> given) {
        requireSubmitted();
        Set<String> lines = new LinkedHashSet<>(currentRevision().content().items().stream()
                .map(PlanContent.Line::lineId).toList());
        for (Opinion opinion : given) {
            if (opinion.lineId() != null && !lines.contains(opinion.lineId())) {
                throw DomainException.ruleViolated("OPINION_ON_UNKNOWN_LINE", opinion.lineId(), currentRevision().number());
            }
        }
        opinions.addAll(given);
        status = PlanStatus.RETURNED;
        updatedAt = Instant.now();
        record(new PlanReturned(id, communityId, currentRevision().number(), given.size()));
    }

    /** The city office approves the submitted revision (批复). */
    void approve(String by, PlanCommunity community) {
        requireSubmitted();
        status = PlanStatus.APPROVED;
        approvedBy = by;
        approvedAt = Instant.now();
        updatedAt = approvedAt;
        Revision approved = currentRevision();
        PlanContent c = approved.content();
        List<String> covered = covered(c, community);
        List<PlanCommunity.BuildingFacts> buildings = community.buildings() == null ? List.of() : community.buildings();
        int households = buildings.stream().filter(b -> covered.contains(b.number()))
                .mapToInt(PlanCommunity.BuildingFacts::households).sum();
        BigDecimal area = buildings.stream().filter(b -> covered.contains(b.number()))
                .map(PlanCommunity.BuildingFacts::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add);
        record(new PlanApproved(id, communityId, communityName, districtCode, streetCode, approved.number(),
                c.items().stream().map(l -> new PlanApproved.Item(l.lineId(), l.code(), l.labelZh(), l.quantity(),
                        l.unit(), l.unitCost(), l.cost(), l.buildings(),
                        l.entrances().stream().map(e -> new PlanApproved.Entrance(e.building(), e.entrance())).toList(),
                        l.plannedStart(), l.plannedFinish())).toList(),
                c.totalCost(),
                c.funding().stream().map(s -> new PlanApproved.Source(s.channel().name(), s.payer(),
                        s.utility() == null ? null : s.utility().name(), s.amount())).toList(),
                covered, households, area));
    }

    /** Records feasibility study, project approval and tender preparation; only after approval. */
    void prepare(Preparation given) {
        if (status != PlanStatus.APPROVED) {
            throw DomainException.ruleViolated("PLAN_NOT_APPROVED", id, status.name());
        }
        preparation = given;
        updatedAt = Instant.now();
    }

    /** Buildings a plan covers: all of them when any line is for the whole community. */
    static List<String> covered(PlanContent content, PlanCommunity community) {
        List<String> all = community.buildings() == null ? List.of()
                : community.buildings().stream().map(PlanCommunity.BuildingFacts::number).toList();
        Set<String> covered = new LinkedHashSet<>();
        for (PlanContent.Line line : content.items()) {
            if (line.buildings().isEmpty() && line.entrances().isEmpty()) {
                return all;
            }
            covered.addAll(line.buildings());
            line.entrances().forEach(e -> covered.add(e.building()));
        }
        return all.stream().filter(covered::contains).toList();
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw DomainException.ruleViolated("PLAN_NOT_SUBMITTED", id, status.name());
        }
    }

    Revision currentRevision() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    String communityId() { return communityId; }

    String communityName() { return communityName; }

    String districtCode() { return districtCode; }

    String streetCode() { return streetCode; }

    PlanStatus status() { return status; }

    PlanContent content() { return content; }

    List<Revision> revisions() { return revisions; }

    List<Opinion> opinions() { return opinions; }

    Preparation preparation() { return preparation; }

    String createdBy() { return createdBy; }

    Instant createdAt() { return createdAt; }

    Instant updatedAt() { return updatedAt; }

    Instant approvedAt() { return approvedAt; }

    String approvedBy() { return approvedBy; }
}
