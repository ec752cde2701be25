package org.renewal.plan.vote;

import org.renewal.platform.rules.OwnersVote;
import org.renewal.platform.security.Caller;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.web.ETags;
import org.renewal.platform.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/plan/votes")
@Tag(name = "Owners' votes 业主表决", description = "Owners' decisions by Civil Code art. 278 (民法典 第二百七十八条)")
class VoteController {


    private final VoteService votes;

    VoteController(VoteService votes) {
        this.votes = votes;
    }

    @PostMapping
    @Operation(summary = "Open an owners' vote (发起业主表决)", description = "The electorate is every owner on the "
            + "community's household rolls (for ELEVATOR_RETROFIT: the owners of one entrance), a multi-unit owner "
            + "once by head with the exclusive areas summed. Every building needs its roll (422 "
            + "HOUSEHOLD_ROLL_MISSING otherwise).")
    @ApiResponse(responseCode = "201", description = "Opened")
    @ApiResponse(responseCode = "422", description = "A building has no household roll (HOUSEHOLD_ROLL_MISSING)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<VoteView> open(Caller caller, @Valid @RequestBody VoteRequests.Open request) {
        OwnerVote vote = votes.open(caller, request);
        return ResponseEntity.created(URI.create("/api/plan/votes/" + vote.getId())).eTag(ETags.of(vote.getVersion()))
                .body(VoteView.of(vote));
    }

    @PutMapping("/{id}/ballots/{householdId}")
    @Operation(summary = "Cast or replace a ballot (投票)", description = "A resident votes online for their own "
            + "household; the district office or the street records a paper ballot. The ballot is the owner's: "
            + "for an owner of several units it counts once by head with all their area, and a later ballot "
            + "replaces the earlier one while the vote is open (422 VOTE_CLOSED after).")
    @ApiResponse(responseCode = "200", description = "The vote with its tally as it now stands")
    @ApiResponse(responseCode = "422", description = "The vote is closed (VOTE_CLOSED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    VoteView cast(Caller caller, @PathVariable String id, @PathVariable String householdId,
                  @Valid @RequestBody VoteRequests.Cast request) {
        return VoteView.of(votes.cast(caller, id, householdId, request));
    }

    @PostMapping("/{id}/paper-ballots")
    @Operation(summary = "Enter a stack of paper ballots (纸质选票批量录入)", description = "The district office or the "
            + "street enters up to 2,000 paper ballots in one request, no ETag needed: each row is recorded as a "
            + "single ballot would be, or refused on its own (NOT_IN_ELECTORATE) without holding back the others; "
            + "the answer gives each row's outcome beside the vote's tally. 422 VOTE_CLOSED when the vote is closed.")
    @ApiResponse(responseCode = "200", description = "Each row's outcome and the vote with its tally as it now stands")
    @ApiResponse(responseCode = "422", description = "The vote is closed (VOTE_CLOSED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    PaperBallotsView paperBallots(Caller caller, @PathVariable String id,
                                  @Valid @RequestBody VoteRequests.PaperBallots request) {
        return votes.castPaper(caller, id, request);
    }

    @Schema(name = "PaperBallotsResult", description = "The outcome of each row of a stack of paper ballots")
    record PaperBallotsView(VoteView vote, List<PaperBallotRow> rows) {
    }

    @Schema(name = "PaperBallotRow", description = "One row: recorded, or why not")
    record PaperBallotRow(@Schema(description = "The row's index in ballots[]", example = "0") int index,
                          @Schema(example = "1-1-101") String householdId,
                          @Schema(example = "true") boolean recorded,
                          @Schema(description = "Why the row was refused (NOT_IN_ELECTORATE); null when recorded",
                                  example = "NOT_IN_ELECTORATE") String refusal) {
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close the vote (结束表决)", description = "Fixes the result and announces "
            + "plan.OwnerVoteClosed. Valid when owners with ≥ 2/3 of the exclusive area AND ≥ 2/3 of the owners took "
            + "part; passed when, of the participants, ≥ 3/4 by area AND by head agreed (renovation, elevator, "
            + "raising maintenance funds, changing the use of common parts) or more than half of each (other "
            + "matters).")
    VoteView close(Caller caller, @PathVariable String id) {
        return VoteView.of(votes.close(caller, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A vote with its tally", description = "Turnout and consent by area and by head as exact "
            + "fractions (m² with two decimals, owners) and percentages; whether it is valid and passed.")
    VoteView get(Caller caller, @PathVariable String id) {
        return VoteView.of(votes.get(caller, id));
    }

    @GetMapping("/{id}/ballots")
    @Operation(summary = "The ballots (表决票), in pages", description = "Which household each owner voted for, how, "
            + "through which channel and who recorded it; in the order they were cast.")
    PagedModel<Ballot> ballots(Caller caller, @PathVariable String id,
                               @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(Paging.of(votes.get(caller, id).ballots(), pageable));
    }

    @SortBy({"openedAt", "closedAt", "matter", "status"})
    @GetMapping
    @Operation(summary = "List votes", description = "Filter by community, matter and status; residents see their "
            + "community's votes.")
    PagedModel<VoteSummary> list(Caller caller,
            @Parameter(description = "Community id") @RequestParam(required = false) String communityId,
            @Parameter(description = "Matter") @RequestParam(required = false) VoteMatter matter,
            @Parameter(description = "OPEN or CLOSED") @RequestParam(required = false) OwnerVote.Status status,
            @ParameterObject @PageableDefault(size = 20, sort = "openedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(votes.list(caller, communityId, matter, status, pageable)
                .map(VoteSummary::of));
    }

    @Bean
    static Dictionary voteMatters() {
        return Dictionary.of("voteMatters", "Matters of owners' votes (业主共同决定事项, 民法典 第278条)", VoteMatter.class);
    }

    @Bean
    static Dictionary ballotChoices() {
        return Dictionary.of("ballotChoices", "Ballot choices (表决意见)", Ballot.Choice.class);
    }

    @Schema(name = "OwnerVote")
    record VoteView(@Schema(example = "0b8f5c1e-7a0d-4a51-9f3e-2d7c9b1a4e66") String id,
                    @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
                    @Schema(example = "RENOVATION") VoteMatter matter,
                    @Schema(description = "Needs 3/4 of the participants (else more than half)", example = "true")
                    boolean specialMatter,
                    @Schema(example = "北山小区老旧小区改造方案业主表决") String title,
                    @Schema(example = "null") String buildingNumber,
                    @Schema(example = "null") String entrance,
                    @Schema(example = "OPEN") OwnerVote.Status status,
                    @Schema(description = "Owners who may vote", example = "56") int electorateOwners,
                    @Schema(description = "Their exclusive area m²", example = "3512.40") BigDecimal electorateArea,
                    @Schema(description = "Owners who have voted", example = "41") int ballots,
                    OwnersVote.Result result,
                    @Schema(example = "street-tiexi") String openedBy, Instant openedAt,
                    String closedBy, Instant closedAt, long version) {

        static VoteView of(OwnerVote v) {
            OwnersVote.Counts counts = v.counts();
            return new VoteView(v.getId(), v.communityId(), v.matter(), v.matter().special(), v.title(),
                    v.buildingNumber(), v.entrance(), v.status(), counts.totalOwners(),
                    BigDecimal.valueOf(counts.totalArea(), 2), counts.participatingOwners(), v.tally(), v.openedBy(),
                    v.openedAt(), v.closedBy(), v.closedAt(), v.getVersion() == null ? 0 : v.getVersion());
        }
    }

    @Schema(name = "OwnerVoteSummary")
    record VoteSummary(String id, String communityId, VoteMatter matter, String title, String buildingNumber,
                       String entrance, OwnerVote.Status status, Instant openedAt, Instant closedAt) {

        static VoteSummary of(OwnerVote v) {
            return new VoteSummary(v.getId(), v.communityId(), v.matter(), v.title(), v.buildingNumber(),
                    v.entrance(), v.status(), v.openedAt(), v.closedAt());
        }
    }
}
