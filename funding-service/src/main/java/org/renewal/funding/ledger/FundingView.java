package org.renewal.funding.ledger;

import org.renewal.platform.rules.Fen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;

/** A funding plan's statement: sources, cash, units, gaps, the balanced ledger. All amounts in fen. */
@Schema(name = "FundingStatement", description = "A project's funding plan and ledger statement (资金筹措); amounts in fen")
record FundingView(
        @Schema(description = "The funding plan's id: the id of the plan it was opened from and of its project",
                example = "9833a13c-cc8a-36af-a13d-16dec1b77172") String id,
        @Schema(example = "9833a13c-cc8a-36af-a13d-16dec1b77172") String projectId,
        @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
        @Schema(example = "北山小区") String communityName,
        @Schema(example = "220302") String districtCode,
        @Schema(description = "As of this date (entries with a later value date are left out)", example = "2027-06-30")
        LocalDate asOf,
        @Schema(example = "11180000") long totalCost,
        List<SourceView> sources,
        @Schema(description = "Σ pledged", example = "11180000") long pledged,
        @Schema(description = "Σ received net of refunds", example = "9000000") long received,
        @Schema(description = "Cost not covered by pledges", example = "0") long pledgeGap,
        @Schema(description = "Funds available", example = "6000000") long cash,
        List<UnitView> units,
        @Schema(description = "Reported progress used to cap disbursements", example = "60.00") BigDecimal progressPercent,
        @Schema(example = "false") boolean accepted,
        @Schema(example = "GOOD") String rewardGrade,
        Map<String, Long> balances,
        TrialBalance trialBalance,
        @Schema(description = "The ledger's entries; empty for residents and owners' committees, who see the public "
                + "figures above (资金公示) but not the entries (they name households and office staff)")
        List<LedgerParts.Entry> entries) {

    @Schema(name = "FundingSource")
    record SourceView(@Schema(example = "GOVERNMENT_DISTRICT:区级财政") String key, @Schema(example = "GOVERNMENT_DISTRICT") String channel, String payer,
                      String utility, long planned, long pledged, long received, long refunded, long outstanding,
                      LocalDate dueDate, @Schema(description = "Due date passed with receipts short of the plan")
                      boolean late) {
    }

    @Schema(name = "FundedUnit")
    record UnitView(@Schema(example = "CONTRACTOR:91220302MA0000000Q") String key, @Schema(example = "CONTRACTOR") String role, String name,
                    long contractAmount, long paid,
                    @Schema(description = "What the works have earned: contract × progress, all after acceptance")
                    long earned) {
    }

    @Schema(name = "TrialBalance")
    record TrialBalance(long debits, long credits, boolean balanced) {
    }

    /** The statement as this caller may see it: residents and committees without the ledger's entries. */
    static FundingView of(Caller caller, FundingPlan p, LocalDate asOf) {
        boolean ofTheCommunity = caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE);
        return of(p, asOf, !ofTheCommunity);
    }

    private static FundingView of(FundingPlan p, LocalDate asOf, boolean withEntries) {
        LocalDate today = FundingService.today();
        List<SourceView> sources = p.sources().stream().map(s -> {
            long pledged = p.pledged(s.key());
            long received = p.received(s.key());
            long refunded = p.refunded(s.key());
            return new SourceView(s.key(), s.channel().name(), s.payer(), s.utility(), s.planned(), pledged,
                    received - refunded, refunded, pledged - received, s.dueDate(),
                    s.dueDate() != null && today.isAfter(s.dueDate()) && received < s.planned());
        }).toList();
        Map<String, Long> balances = new TreeMap<>();
        long debits = 0;
        long credits = 0;
        for (LedgerParts.Entry e : p.entries()) {
            if (asOf != null && e.date().isAfter(asOf)) {
                continue;
            }
            for (LedgerParts.Line l : e.lines()) {
                balances.merge(l.account(), Math.subtractExact(l.debit(), l.credit()), Math::addExact);
                debits = Math.addExact(debits, l.debit());
                credits = Math.addExact(credits, l.credit());
            }
        }
        long pledged = Fen.total(sources.stream().mapToLong(SourceView::pledged));
        List<UnitView> units = p.units().stream().map(u -> {
            long paid = p.balance("WORKS:" + u.key(), null);
            long earned = p.accepted() ? u.contractAmount() : new BigDecimal(u.contractAmount())
                    .multiply(p.progressPercent()).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.DOWN)
                    .longValueExact();
            return new UnitView(u.key(), u.role(), u.name(), u.contractAmount(), paid, earned);
        }).toList();
        return new FundingView(p.getId(), p.getId(), p.communityId(), p.communityName(), p.districtCode(), asOf, p.totalCost(),
                sources, pledged, Fen.total(sources.stream().mapToLong(SourceView::received)),
                Math.max(0, p.totalCost() - pledged), balances.getOrDefault(FundingPlan.CASH, 0L), units,
                p.progressPercent(), p.accepted(), p.rewardGrade(), new LinkedHashMap<>(balances),
                new TrialBalance(debits, credits, debits == credits), withEntries ? p.entries() : List.of());
    }
}
