package org.renewal.survey.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.SortBy;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Roll proposals 户册更新建议", description = "Household rolls another system (the real-estate register) "
        + "proposes and an office confirms or rejects. Owners' personal data in full only for the district office, the "
        + "street and the proposer; masked for the city office.")
class RollProposalController {

    private final RollProposals proposals;

    RollProposalController(RollProposals proposals) {
        this.proposals = proposals;
    }

    @Schema(name = "RollProposalInput")
    record ProposalInput(
            @Schema(description = "The proposer's own reference (e.g. the register's record number)",
                    example = "不动产登记-2027-000321") @NotBlank @Size(max = 100) String reference,
            @NotNull @Valid CommunityRequests.Roll roll) {
    }

    @Schema(name = "RollProposal", description = "A proposed household roll and its decision")
    record ProposalView(
            @Schema(example = "7f0e6d5c-4b3a-3291-8f7e-6d5c4b3a2918") String id,
            @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
            @Schema(example = "220302") String districtCode,
            @Schema(example = "220302001") String streetCode,
            @Schema(example = "1") String buildingNumber,
            @Schema(example = "不动产登记-2027-000321") String reference,
            @Schema(description = "PROPOSED, CONFIRMED or REJECTED", example = "PROPOSED") String status,
            @Schema(example = "register-demo") String proposedBy,
            @Schema(example = "2027-03-15T08:30:00Z") Instant proposedAt,
            @Schema(example = "street-tiexi") String decidedBy,
            @Schema(example = "2027-03-16T09:00:00Z") Instant decidedAt,
            @Schema(description = "Why it was rejected", example = "3单元房号与现场不符") String reason,
            @Schema(example = "48") int households,
            @Schema(description = "Sum of the proposed exclusive areas, m²", example = "2990.40") BigDecimal exclusiveArea,
            List<CommunityRequests.HouseholdInput> roll) {

        /** Owners' personal data in full for the offices that decide and the system that proposed; masked else. */
        static ProposalView of(RollProposal p, Caller caller) {
            boolean reveal = caller.has(Role.DISTRICT_OFFICE) || caller.has(Role.STREET)
                    || caller.subject().equals(p.proposedBy());
            List<CommunityRequests.HouseholdInput> roll = reveal ? p.roll().households()
                    : p.roll().households().stream().map(h -> new CommunityRequests.HouseholdInput(h.entrance(),
                            h.floor(), h.room(), h.exclusiveArea(), new CommunityRequests.OwnerInput(
                            PersonalData.maskName(h.owner().name()), PersonalData.maskIdNumber(h.owner().idNumber()),
                            PersonalData.maskPhone(h.owner().phone())))).toList();
            return new ProposalView(p.id(), p.communityId(), p.districtCode(), p.streetCode(), p.buildingNumber(),
                    p.reference(), p.status().name(), p.proposedBy(), p.proposedAt(), p.decidedBy(), p.decidedAt(),
                    p.reason(), roll.size(), roll.stream().map(CommunityRequests.HouseholdInput::exclusiveArea)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), roll);
        }
    }

    @Schema(name = "RollProposalRejection")
    record Rejection(@Schema(example = "3单元房号与现场不符") @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/survey/communities/{id}/buildings/{number}/roll-proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a building's household roll (户册更新建议)", description = "By another system that "
            + "owns the facts (the real-estate register, scope survey.rolls.propose) for communities of its places, "
            + "with an Idempotency-Key: a retry returns the first proposal. Nothing changes until the street or the "
            + "district office confirms it.")
    ProposalView propose(Caller caller, @PathVariable String id, @PathVariable String number,
                         @Parameter(description = "Required; a retry with the same key returns the first proposal",
                                 example = "reg-2027-000321")
                         @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                         @Valid @RequestBody ProposalInput input) {
        return ProposalView.of(proposals.propose(caller, id, number, key, input.reference(), input.roll()), caller);
    }

    @SortBy({"proposedAt", "status"})
    @GetMapping("/api/survey/roll-proposals")
    @Operation(summary = "Roll proposals to decide (or, for the proposer, its own), newest first")
    PagedModel<ProposalView> list(Caller caller,
            @Parameter(description = "Only proposals in this state", example = "PROPOSED")
            @RequestParam(required = false) RollProposal.Status status,
            @ParameterObject @PageableDefault(size = 20, sort = "proposedAt", direction = Sort.Direction.DESC)
            Pageable pageable) {
        PagedModel<RollProposal> page = proposals.list(caller, status, pageable);
        return new PagedModel<>(new org.springframework.data.domain.PageImpl<>(
                page.getContent().stream().map(p -> ProposalView.of(p, caller)).toList(), pageable,
                page.getMetadata() == null ? 0 : page.getMetadata().totalElements()));
    }

    @GetMapping("/api/survey/roll-proposals/{proposalId}")
    @Operation(summary = "Read a roll proposal")
    ProposalView get(Caller caller, @PathVariable String proposalId) {
        return ProposalView.of(proposals.get(caller, proposalId), caller);
    }

    @PostMapping("/api/survey/roll-proposals/{proposalId}/confirmation")
    @Operation(summary = "Confirm: the proposed roll becomes the building's roll (确认)", description = "Exactly as if "
            + "the office had entered it (every check of PUT …/households applies and announces "
            + "survey.HouseholdRollChanged); a decided proposal is 409 ROLL_PROPOSAL_DECIDED.")
    ProposalView confirm(Caller caller, @PathVariable String proposalId) {
        return ProposalView.of(proposals.confirm(caller, proposalId), caller);
    }

    @PostMapping("/api/survey/roll-proposals/{proposalId}/rejection")
    @Operation(summary = "Reject with a reason (退回)")
    ProposalView reject(Caller caller, @PathVariable String proposalId, @Valid @RequestBody Rejection rejection) {
        return ProposalView.of(proposals.reject(caller, proposalId, rejection.reason()), caller);
    }
}
