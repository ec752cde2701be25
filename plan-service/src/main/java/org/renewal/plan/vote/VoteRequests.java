package org.renewal.plan.vote;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of owners' votes. */
final class VoteRequests {

    private VoteRequests() {
    }

    @Schema(name = "OpenOwnerVote", description = "An owners' vote to open (业主表决). The electorate is fixed from the "
            + "household rolls as they are now.")
    record Open(
            @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") @NotBlank @Size(max = 64) String communityId,
            @Schema(description = "The matter (dictionary voteMatters); ELEVATOR_RETROFIT is voted per entrance",
                    example = "RENOVATION") @NotNull VoteMatter matter,
            @Schema(example = "北山小区老旧小区改造方案业主表决") @NotBlank @Size(max = 200) String title,
            @Schema(description = "For ELEVATOR_RETROFIT: the building", example = "1") @Size(max = 20)
            String buildingNumber,
            @Schema(description = "For ELEVATOR_RETROFIT: the entrance (单元)", example = "1")
            @Pattern(regexp = "[0-9A-Za-z\\u3400-\\u9fff]{1,20}") String entrance) {
    }

    @Schema(name = "PaperBallots", description = "A stack of paper ballots entered at once (纸质选票批量录入)")
    record PaperBallots(@Schema(description = "One row per ballot; a later row of the same owner replaces an earlier "
            + "one, as separate ballots would") @NotNull @jakarta.validation.constraints.Size(min = 1, max = 2000)
                        List<@Valid @NotNull PaperBallot> ballots) {
    }

    @Schema(name = "PaperBallot", description = "One paper ballot: the household it was cast for and the choice")
    record PaperBallot(@Schema(example = "1-1-101") @NotBlank @jakarta.validation.constraints.Size(max = 60)
                       String householdId,
                       @Schema(description = "YES (同意), NO (反对) or ABSTAIN (弃权)", example = "YES") @NotNull
                       Ballot.Choice choice) {
    }

    @Schema(name = "Ballot", description = "An owner's ballot for a household; a resident votes online for their own, "
            + "the district office or the street records a paper ballot")
    record Cast(@Schema(description = "YES (同意), NO (反对) or ABSTAIN (弃权)", example = "YES") @NotNull
                Ballot.Choice choice) {
    }
}
