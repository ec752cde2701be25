package org.renewal.governance.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.renewal.governance.management.ManagementMode;

/** Request bodies of governance. */
final class GovernanceRequests {

    private GovernanceRequests() {
    }

    @Schema(name = "GroupMemberInput")
    record MemberInput(@Schema(example = "刘桂芝") @NotBlank @Size(max = 50) String name,
                       @Schema(example = "组长") @NotBlank @Size(max = 50) String position) {
    }

    @Schema(name = "SelfGovernanceGroupInput", description = "A resident self-governance group (居民自治小组)")
    record GroupInput(@Schema(example = "2027-08-01") @NotNull @PastOrPresent LocalDate formedOn,
                      @Schema(description = "At least three members") @NotNull @Size(min = 3, max = 30)
                      List<@Valid @NotNull MemberInput> members) {
    }

    @Schema(name = "PreparatoryGroupInput", description = "The preparatory group (筹备组) of the owners' committee")
    record PreparatoryInput(@Schema(description = "The street official chairing it", example = "街道办 王主任") @NotBlank
                            @Size(max = 50) String chair,
                            @NotNull @Size(min = 3, max = 30) List<@Valid @NotNull MemberInput> members,
                            @Schema(example = "2027-05-10") @NotNull @PastOrPresent LocalDate formedOn) {
    }

    @Schema(name = "CandidateInput", description = "A candidate: an owner, named by one of their households")
    record CandidateInput(@Schema(example = "1-1-101") @NotBlank @Size(max = 60) String householdId,
                          @Schema(example = "张建国") @NotBlank @Size(max = 50) String name) {
    }

    @Schema(name = "CommitteeElectionInput", description = "An owners' committee election (业委会选举)")
    record ElectionInput(@Schema(description = "Seats, 3 to 11", example = "5") @NotNull @Min(3) @Max(11) Integer seats,
                         @Schema(description = "Term in years, at most 5", example = "5") @NotNull @Min(1) @Max(5)
                         Integer termYears,
                         @NotEmpty @Size(max = 50) List<@Valid @NotNull CandidateInput> candidates) {
    }

    @Schema(name = "CommitteeBallot", description = "The candidates an owner votes for (at most the seats)")
    record BallotInput(@Schema(example = "[\"1-1-101\", \"2-1-201\"]") @NotNull @Size(max = 11)
                       List<@NotBlank String> candidates) {
    }

    @Schema(name = "CommitteeFiling", description = "Filing of the elected committee with the street office (备案)")
    record FilingInput(@Schema(example = "2027-09-01") @NotNull @PastOrPresent LocalDate filedOn,
                       @Schema(example = "铁西街备〔2027〕8号") @NotBlank @Size(max = 60) String filingNo) {
    }

    @Schema(name = "PartyBranchInput", description = "The party branch or group (党支部/党小组)")
    record PartyBranchInput(
            @Schema(description = "STANDALONE (独立), COMBINED (兼合式) or PARTY_GROUP (党小组)", example = "COMBINED")
            @NotNull @Pattern(regexp = "STANDALONE|COMBINED|PARTY_GROUP") String type,
            @Schema(example = "2027-06-01") @NotNull @PastOrPresent LocalDate foundedOn,
            @Schema(example = "李书记") @NotBlank @Size(max = 50) String secretary,
            @Schema(example = "12") @NotNull @Min(1) @Max(10000) Integer memberCount) {
    }

    @Schema(name = "OwnersDecisionInput", description = "The owners' decision behind engaging a property manager "
            + "(民法典 第278条 (四) 选聘和解聘物业服务企业或者其他管理人): a passed owners' vote of plan-service")
    record DecisionInput(@Schema(description = "Id of the owners' vote (plan-service, matter HIRE_PROPERTY_MANAGEMENT) "
                                 + "of this community, closed and passed: more than half of the participating area "
                                 + "and owners", example = "0b8f5c1e-7a0d-4a51-9f3e-2d7c9b1a4e66")
                         @NotBlank @Size(max = 64) String voteId,
                         @Schema(example = "业主大会决定选聘红心物业") @Size(max = 500) String description) {
    }

    @Schema(name = "ElectionCancellation", description = "Why the organiser cancels the open election")
    record CancellationInput(@Schema(example = "3号楼户册有误，重新核对后另行选举") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "PropertyManagerInput", description = "Property management after renovation")
    record ManagerInput(
            @Schema(description = "RED_PROPERTY, ORIGINAL_UNIT or SELF_MANAGEMENT", example = "RED_PROPERTY") @NotNull
            ManagementMode mode,
            @Schema(example = "四平市红心物业服务有限公司") @Size(max = 100) String company,
            @Schema(example = "91220302MA0000003G") @Pattern(regexp = "[0-9A-Z]{18}") String creditCode,
            @Schema(example = "2027-10-01") @NotNull LocalDate contractStart,
            @Schema(example = "2030-09-30") @NotNull LocalDate contractEnd,
            @Schema(example = "二级服务标准") @Size(max = 200) String serviceStandard,
            @Schema(description = "Took part from the start of the renovation (提前介入)", example = "true") @NotNull
            Boolean earlyInvolvement,
            @Schema(description = "Monthly fee per m² in fen, at most 100,000 (¥1,000)", example = "50") @PositiveOrZero
            @Max(100_000) Long monthlyFeePerM2,
            @Schema(description = "The owners' decision: required for every engagement, the first and each "
                    + "replacement (a replacement needs a decision of its own)") @NotNull @Valid
            DecisionInput ownersDecision) {
    }

    @Schema(name = "SatisfactionAnswer", description = "A household's evaluation (效果共评): 1–5 per menu category, and overall")
    record SatisfactionInput(
            @Schema(example = "{\"HOUSING_FUNCTION\": 5, \"INFRASTRUCTURE\": 4}") @NotNull @Size(max = 4)
            Map<@Pattern(regexp = "HOUSING_FUNCTION|INFRASTRUCTURE|PUBLIC_SERVICES|LIVING_ENVIRONMENT") String,
                    @NotNull @Min(1) @Max(5) Integer> scores,
            @Schema(example = "5") @NotNull @Min(1) @Max(5) Integer overall) {
    }
}
