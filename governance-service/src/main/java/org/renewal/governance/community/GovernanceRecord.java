package org.renewal.governance.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.renewal.contracts.governance.GovernanceReady;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's governance record; its id is the community id. */
@Document("governance_records")
class GovernanceRecord extends OutboxAggregate {

    /** A member of a self-governance group. */
    record Member(String name, String position) {
    }

    /** A resident self-governance group (居民自治小组): members, formed on, recorded by. */
    record SelfGovernanceGroup(List<Member> members, LocalDate formedOn, String recordedBy, Instant recordedAt) {
    }

    private String communityName;
    private String districtCode;
    private String streetCode;
    private String planId;
    private SelfGovernanceGroup selfGovernanceGroup;
    private String readyBody;
    private LocalDate readySince;
    private Instant openedAt;
    private Instant updatedAt;

    protected GovernanceRecord() {
    }

    static GovernanceRecord open(PlanApproved plan) {
        GovernanceRecord record = new GovernanceRecord();
        record.id = plan.communityId();
        record.communityName = plan.communityName();
        record.districtCode = plan.districtCode();
        record.streetCode = plan.streetCode();
        record.planId = plan.planId();
        record.openedAt = Instant.now();
        record.updatedAt = record.openedAt;
        return record;
    }

    /** Records (or replaces) the self-governance group; the first body in place announces readiness. */
    void formSelfGovernanceGroup(SelfGovernanceGroup group) {
        selfGovernanceGroup = group;
        updatedAt = Instant.now();
        if (readyBody == null) {
            readyBody = "SELF_GOVERNANCE_GROUP";
            readySince = group.formedOn();
            record(new GovernanceReady(id, readyBody, readySince));
        }
    }

    String communityName() { return communityName; }

    String districtCode() { return districtCode; }

    String streetCode() { return streetCode; }

    String planId() { return planId; }

    SelfGovernanceGroup selfGovernanceGroup() { return selfGovernanceGroup; }

    String readyBody() { return readyBody; }

    LocalDate readySince() { return readySince; }

    Instant openedAt() { return openedAt; }

    Instant updatedAt() { return updatedAt; }
}
