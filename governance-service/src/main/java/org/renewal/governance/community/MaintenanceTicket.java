package org.renewal.governance.community;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.renewal.platform.rules.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A defect reported by a resident and handled by the community's manager (日常维护报修). */
@Document("maintenance_tickets")
record MaintenanceTicket(
        @Id @Schema(example = "4d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d") String id,
        @Version Long version,
        @Indexed @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
        @Schema(description = "ROOF, STAIRWELL, LIGHTING, DRAINAGE, ROAD, GREENERY, FACILITY or OTHER", example = "LIGHTING")
        String category,
        @Schema(example = "3号楼2单元楼道") String location,
        @Schema(example = "声控灯不亮") String description,
        List<String> photos,
        @Schema(example = "resident-beishan") String reportedBy,
        @Schema(example = "OPEN") String status,
        Instant reportedAt, Instant acknowledgedAt, Instant fixedAt, Instant closedAt,
        @Schema(example = "已更换灯泡") String resolution) {

    /**
     * The ticket after a step, in the only order there is: acknowledgement (OPEN → ACKNOWLEDGED), fix
     * (→ FIXED), closure (→ CLOSED); a step out of that order is refused ({@code TICKET_STEP_OUT_OF_ORDER}).
     */
    MaintenanceTicket advance(String step, Instant now, String note) {
        return switch (step) {
            case "acknowledgement" -> requireStatus("OPEN").with("ACKNOWLEDGED", now, null, null, note);
            case "fix" -> requireStatus("ACKNOWLEDGED").with("FIXED", acknowledgedAt, now, null, note);
            case "closure" -> requireStatus("FIXED").with("CLOSED", acknowledgedAt, fixedAt, now, note);
            default -> throw DomainException.invalid("step", "ticket.step");
        };
    }

    private MaintenanceTicket requireStatus(String expected) {
        if (!expected.equals(status)) {
            throw DomainException.ruleViolated("TICKET_STEP_OUT_OF_ORDER", id, status);
        }
        return this;
    }

    private MaintenanceTicket with(String newStatus, Instant acknowledged, Instant fixed, Instant closed, String note) {
        return new MaintenanceTicket(id, version, communityId, category, location, description, photos, reportedBy,
                newStatus, reportedAt, acknowledged, fixed, closed, note == null ? resolution : note);
    }
}
