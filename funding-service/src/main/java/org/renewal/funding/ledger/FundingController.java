package org.renewal.funding.ledger;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.renewal.platform.security.Caller;
import org.renewal.platform.web.ApiException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/funding/funding-plans")
@Tag(name = "Funding 资金筹措", description = "Whoever benefits, contributes (谁受益、谁出资): the funding plan and ledger "
        + "of each project, in integer fen")
class FundingController {

    private static final String KEY = "Makes the POST safe to retry: the first request with a key moves money, a retry "
            + "returns that entry, the same key with another body is 422";

    private final FundingService funding;

    FundingController(FundingService funding) {
        this.funding = funding;
    }

    @SortBy({"communityName", "totalCost", "districtCode"})
    @GetMapping
    @Operation(summary = "Funding plans you may see, in pages", description = "Opened from plan.PlanApproved. Each "
            + "row is the plan's headline figures; its statement with sources, units and the ledger is "
            + "GET …/{id}. Sort by communityName, totalCost or districtCode.")
    PagedModel<FundingSummary> list(Caller caller, @Parameter(description = "District code", example = "220302")
                                    @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
                                    @ParameterObject @PageableDefault(size = 20, sort = "communityName")
                                    Pageable pageable) {
        return new PagedModel<>(funding.list(caller, districtCode, pageable)
                .map(p -> FundingSummary.of(FundingView.of(caller, p, null))));
    }

    @Schema(name = "FundingPlanSummary", description = "A funding plan's headline figures (资金筹措概况), amounts in fen")
    record FundingSummary(@Schema(example = "9833a13c-cc8a-36af-a13d-16dec1b77172") String id,
                          @Schema(example = "9833a13c-cc8a-36af-a13d-16dec1b77172") String projectId,
                          @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
                          @Schema(example = "北山小区") String communityName,
                          @Schema(example = "220302") String districtCode,
                          @Schema(example = "11180000") long totalCost,
                          @Schema(description = "Σ pledged", example = "11180000") long pledged,
                          @Schema(description = "Σ received net of refunds", example = "9000000") long received,
                          @Schema(description = "Cost not covered by pledges", example = "0") long pledgeGap,
                          @Schema(description = "Funds available", example = "6000000") long cash,
                          @Schema(example = "GOOD") String rewardGrade) {

        static FundingSummary of(FundingView v) {
            return new FundingSummary(v.id(), v.projectId(), v.communityId(), v.communityName(), v.districtCode(),
                    v.totalCost(), v.pledged(), v.received(), v.pledgeGap(), v.cash(), v.rewardGrade());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A project's statement (资金台账)", description = "Per source: planned, pledged, received, "
            + "refunded, outstanding, due date, late; cash; units with paid and earned; every account's balance and "
            + "the trial balance (Σ debits = Σ credits) — as of a date if given. Everyone who may see the project.")
    FundingView get(Caller caller, @PathVariable String id, @Parameter(description = "Value date to report as of", example = "2027-06-30")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return FundingView.of(caller, funding.get(caller, id), asOf);
    }

    @PutMapping("/{id}/sources/{source}/due-date")
    @Operation(summary = "Set a source's due date", description = "District office or finance. Receipts short of the "
            + "plan after it are flagged and announced (funding.FundingGapDetected).")
    FundingView due(Caller caller, @PathVariable String id, @PathVariable String source, @Valid @RequestBody FundingRequests.Due due) {
        return FundingView.of(caller, funding.setDueDate(caller, id, source, due.dueDate()), null);
    }

    @PostMapping("/{id}/pledges")
    @Operation(summary = "Record a pledge (认缴)", description = "Dr RECEIVABLE / Cr COMMITTED. Announces funding.FundsPledged.")
    @ApiResponse(responseCode = "200", description = "The ledger entry (the first one again for a retry with the same Idempotency-Key)")
    @ApiResponse(responseCode = "400", description = "Zero, negative or fractional amount; unknown source; missing "
            + "Idempotency-Key", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    LedgerParts.Entry pledge(Caller caller, @PathVariable String id, @Parameter(description = KEY, example = "pledge-2027-001")
                             @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                             @Valid @RequestBody FundingRequests.Movement m) {
        return funding.move(caller, id, key, m, (plan, entryId, k, print, by) ->
                plan.pledge(entryId, m.source(), m.amount(), m.date(), m.memo(), k, print, by));
    }

    @PostMapping("/{id}/receipts")
    @Operation(summary = "Record money received (到账)", description = "Dr CASH / Cr RECEIVABLE; not more than is "
            + "pledged and outstanding (422 RECEIPT_EXCEEDS_PLEDGE). Announces funding.FundsReceived.")
    LedgerParts.Entry receipt(Caller caller, @PathVariable String id, @Parameter(description = KEY, example = "receipt-2027-001")
                              @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                              @Valid @RequestBody FundingRequests.Movement m) {
        return funding.move(caller, id, key, m, (plan, entryId, k, print, by) ->
                plan.receive(entryId, m.source(), m.amount(), m.date(), m.memo(), k, print, by));
    }

    @PostMapping("/{id}/refunds")
    @Operation(summary = "Refund money to a payer (退款)", description = "Dr COMMITTED / Cr CASH; not more than received "
            + "from the payer nor than the cash — and not what households paid as their shares of the source: that is "
            + "refunded to the household (…/shares/{setId}/refunds/{householdId}). Announces funding.FundsRefunded.")
    LedgerParts.Entry refund(Caller caller, @PathVariable String id, @Parameter(description = KEY, example = "refund-2027-001")
                             @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                             @Valid @RequestBody FundingRequests.Movement m) {
        return funding.move(caller, id, key, m, (plan, entryId, k, print, by) ->
                plan.refund(entryId, m.source(), m.amount(), m.date(), m.memo(), k, print, by));
    }

    @PostMapping("/{id}/disbursements")
    @Operation(summary = "Pay a unit under contract (拨付)", description = "Dr WORKS / Cr CASH; never more than the cash "
            + "(INSUFFICIENT_FUNDS), the contract (EXCEEDS_CONTRACT) or what the works have earned — contract × "
            + "reported progress, all of it after acceptance (EXCEEDS_EARNED). Announces funding.FundsDisbursed.")
    LedgerParts.Entry disburse(Caller caller, @PathVariable String id, @Parameter(description = KEY, example = "pay-2027-001")
                               @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                               @Valid @RequestBody FundingRequests.Disbursement d) {
        return funding.move(caller, id, key, d, (plan, entryId, k, print, by) ->
                plan.disburse(entryId, d.unit(), d.amount(), d.date(), d.memo(), k, print, by));
    }

    @PostMapping("/{id}/reversals")
    @Operation(summary = "Correct an entry by reversing it (冲销)", description = "Entries are never edited: a reversing "
            + "entry swaps the original's lines. Once per entry. Announces funding.LedgerEntryReversed.")
    LedgerParts.Entry reverse(Caller caller, @PathVariable String id, @Parameter(description = KEY, example = "fix-2027-001")
                              @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                              @Valid @RequestBody FundingRequests.Reversal r) {
        return funding.move(caller, id, key, r, (plan, entryId, k, print, by) ->
                plan.reverse(entryId, r.entryId(), r.date(), r.memo(), k, print, by));
    }

    @PostMapping("/{id}/shares")
    @Operation(summary = "Split a source among households (居民出资分摊)", description = "By exclusive area (AREA), "
            + "equally (EQUAL), or for an elevator by floor coefficient × area among one entrance (ELEVATOR; the "
            + "district's coefficient table, default floors 1–2 pay nothing). Whole fen summing exactly to the amount "
            + "(largest remainder; ties: larger weight, then household id). Households come from survey's rolls; each "
            + "share carries its basis (floor, exclusive area, coefficient, weight). Try it first with …/shares/preview.")
    LedgerParts.ShareSet shares(Caller caller, @PathVariable String id, @Valid @RequestBody FundingRequests.Shares request) {
        return funding.split(caller, id, request);
    }

    @PostMapping("/{id}/shares/preview")
    @Operation(summary = "Preview a split without keeping it (分摊试算)", description = "The same split as POST …/shares "
            + "— same households, same exact fen — with each share's basis (floor, exclusive area, coefficient, "
            + "weight), nothing stored: try methods and amounts, then keep the one you want.")
    @ApiResponse(responseCode = "200", description = "The split as it would be kept (id null)")
    LedgerParts.ShareSet previewShares(Caller caller, @PathVariable String id,
                                       @Valid @RequestBody FundingRequests.Shares request) {
        return funding.previewShares(caller, id, request);
    }

    @GetMapping("/{id}/shares")
    @Operation(summary = "All share splits with payment status", description = "Offices only; a resident reads "
            + "…/shares/mine.")
    List<LedgerParts.ShareSet> allShares(Caller caller, @PathVariable String id) {
        return funding.get(caller, id).shareSets();
    }

    @GetMapping("/{id}/shares/mine")
    @Operation(summary = "My household's shares (本户分摊)", description = "A resident sees only their own household.")
    List<MyShare> myShares(Caller caller, @PathVariable String id) {
        String household = caller.householdId();
        if (household == null) {
            throw ApiException.notFound("HOUSEHOLD_HAS_NO_SHARE", "-", id);
        }
        return funding.get(caller, id).shareSets().stream().flatMap(set -> set.shares().stream()
                .filter(s -> s.householdId().equals(household))
                .map(s -> new MyShare(set.id(), set.sourceKey(), set.method(), s.householdId(), s.amount(), s.paid())))
                .toList();
    }

    @PostMapping("/{id}/shares/{setId}/payments/{householdId}")
    @Operation(summary = "Record a household's payment of its share (缴款)", description = "A receipt from the split's "
            + "source; not more than the household still owes.")
    LedgerParts.Entry pay(Caller caller, @PathVariable String id, @PathVariable String setId, @PathVariable String householdId,
                          @Parameter(description = KEY, example = "share-1-1-101")
                          @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                          @Valid @RequestBody FundingRequests.Payment payment) {
        record Request(String setId, String householdId, long amount, LocalDate date) {
        }
        return funding.move(caller, id, key, new Request(setId, householdId, payment.amount(), payment.date()),
                (plan, entryId, k, print, by) -> plan.payShare(entryId, setId, householdId, payment.amount(),
                        payment.date(), k, print, by));
    }

    @PostMapping("/{id}/shares/{setId}/refunds/{householdId}")
    @Operation(summary = "Refund a household part of its share payments (分摊退款)", description = "Dr COMMITTED / Cr "
            + "CASH on the split's source; not more than the household has paid nor than the cash (422 "
            + "REFUND_EXCEEDS_PAID). The household's paid goes down and it owes that much again; reversing the refund "
            + "puts it back. Announces funding.FundsRefunded.")
    LedgerParts.Entry refundShare(Caller caller, @PathVariable String id, @PathVariable String setId,
                                  @PathVariable String householdId,
                                  @Parameter(description = KEY, example = "share-refund-1-1-101")
                                  @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                                  @Valid @RequestBody FundingRequests.ShareRefund refund) {
        record Request(String setId, String householdId, long amount, LocalDate date, String memo) {
        }
        return funding.move(caller, id, key, new Request(setId, householdId, refund.amount(), refund.date(),
                refund.memo()), (plan, entryId, k, print, by) -> plan.refundShare(entryId, setId, householdId,
                refund.amount(), refund.date(), refund.memo(), k, print, by));
    }

    @Schema(name = "MyShare")
    record MyShare(String setId, @Schema(example = "RESIDENTS:居民出资") String source, @Schema(example = "AREA") String method,
                   @Schema(example = "1-1-101") String householdId,
                   @Schema(description = "Fen", example = "12832") long amount,
                   @Schema(description = "Paid so far, fen", example = "0") long paid) {
    }
}
