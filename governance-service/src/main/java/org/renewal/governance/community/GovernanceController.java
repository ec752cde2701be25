package org.renewal.governance.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.ETags;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/governance/communities")
@Tag(name = "Governance 长效管理", description = "Who takes care of a community after its renovation")
class GovernanceController {

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;

    GovernanceController(MongoTemplate mongo, OutboxWriter outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Schema(name = "SelfGovernanceGroupInput", description = "A resident self-governance group (居民自治小组)")
    record GroupInput(@Schema(example = "2027-08-01") @NotNull @PastOrPresent LocalDate formedOn,
                      @Schema(description = "At least three members") @NotNull @Size(min = 3, max = 30)
                      List<@Valid @NotNull MemberInput> members) {
    }

    @Schema(name = "GroupMemberInput")
    record MemberInput(@Schema(example = "刘桂芝") @NotBlank @Size(max = 50) String name,
                       @Schema(example = "组长") @NotBlank @Size(max = 50) String position) {
    }

    @Schema(name = "GovernanceRecord", description = "A community's governance after renovation (长效管理)")
    record RecordView(@Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
                      @Schema(example = "北山小区") String communityName,
                      @Schema(example = "220302") String districtCode,
                      @Schema(example = "220302001") String streetCode,
                      String planId,
                      GovernanceRecord.SelfGovernanceGroup selfGovernanceGroup,
                      @Schema(description = "The body in place that takes over (announced as GovernanceReady)",
                              example = "SELF_GOVERNANCE_GROUP") String readyBody,
                      LocalDate readySince, Instant openedAt, Instant updatedAt, long version) {

        static RecordView of(GovernanceRecord r) {
            return new RecordView(r.getId(), r.communityName(), r.districtCode(), r.streetCode(), r.planId(),
                    r.selfGovernanceGroup(), r.readyBody(), r.readySince(), r.openedAt(), r.updatedAt(),
                    r.getVersion() == null ? 0 : r.getVersion());
        }
    }

    @GetMapping("/{communityId}")
    @Operation(summary = "A community's governance record", description = "Opened when its plan is approved.")
    ResponseEntity<RecordView> get(@PathVariable String communityId) {
        GovernanceRecord record = visible(communityId);
        return ResponseEntity.ok().eTag(ETags.of(record.getVersion())).body(RecordView.of(record));
    }

    @PutMapping("/{communityId}/self-governance-group")
    @Operation(summary = "Record the resident self-governance group (居民自治小组)", description = "The street or the "
            + "district office, with at least three members. The first body in place announces "
            + "governance.GovernanceReady, which lets project-service hand the community over.")
    ResponseEntity<RecordView> group(@PathVariable String communityId, @Valid @RequestBody GroupInput request) {
        String by = Caller.current().subject();
        for (int attempt = 1; ; attempt++) {
            GovernanceRecord record = visible(communityId);
            record.formSelfGovernanceGroup(new GovernanceRecord.SelfGovernanceGroup(request.members().stream()
                    .map(m -> new GovernanceRecord.Member(m.name().strip(), m.position().strip())).toList(),
                    request.formedOn(), by, Instant.now()));
            try {
                GovernanceRecord saved = outbox.save(record);
                return ResponseEntity.ok().eTag(ETags.of(saved.getVersion())).body(RecordView.of(saved));
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == 8) {
                    throw concurrent;
                }
            }
        }
    }

    private GovernanceRecord visible(String communityId) {
        GovernanceRecord record = mongo.findById(communityId, GovernanceRecord.class);
        Caller caller = Caller.current();
        boolean own = communityId.equals(caller.communityId())
                && (caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE));
        if (record == null || !(own || (!caller.has(Role.RESIDENT) && !caller.has(Role.OWNERS_COMMITTEE)
                && caller.sees(record.districtCode(), record.streetCode())))) {
            throw ApiException.notFound("GOVERNANCE_RECORD_NOT_FOUND", communityId);
        }
        return record;
    }
}
