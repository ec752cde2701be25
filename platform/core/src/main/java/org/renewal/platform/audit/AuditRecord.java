package org.renewal.platform.audit;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One state-changing request as the audit trail keeps it; expires after 190 days (more than six months). */
@Document("audit_records")
@Schema(name = "AuditRecord", description = "A state-changing request in the audit trail (审计记录)")
public record AuditRecord(
        @Id String id,
        @Schema(example = "district-tiexi") String subject,
        @Schema(example = "[\"DISTRICT_OFFICE\"]") List<String> roles,
        @Schema(description = "District of the caller, if bound to one", example = "220302") String districtCode,
        @Schema(example = "POST") String method,
        @Schema(example = "/api/survey/communities") String path,
        @Schema(description = "Id of the resource created or changed, when known") String resourceId,
        @Schema(example = "201") int status,
        @Schema(example = "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77") String correlationId,
        @Indexed(name = "audit_ttl", expireAfter = "190d") Instant at) {
}
