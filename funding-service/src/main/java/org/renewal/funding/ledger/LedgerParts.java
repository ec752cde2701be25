package org.renewal.funding.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.renewal.contracts.funding.FundingChannel;
import io.swagger.v3.oas.annotations.media.Schema;

/** The parts of a funding plan, as stored. */
final class LedgerParts {

    private LedgerParts() {
    }

    /** What a ledger entry records. */
    enum Kind { PLEDGE, RECEIPT, DISBURSEMENT, REFUND, REVERSAL }

    /**
     * A planned source: channel, payer (named), utility network for an operator, planned amount (fen) and
     * the date the money is due. {@code key} = {@code CHANNEL:payer}.
     */
    record Source(String key, FundingChannel channel, String payer, String utility, long planned, LocalDate dueDate) {

        Source due(LocalDate date) {
            return new Source(key, channel, payer, utility, planned, date);
        }
    }

    /** One side of an entry: an account debited or credited (exactly one of the two is non-zero). */
    record Line(@Schema(example = "RECEIVABLE:GOVERNMENT_DISTRICT:区级财政") String account, long debit, long credit) {
    }

    /**
     * An append-only ledger entry; its lines balance (Σ debit = Σ credit). {@code sourceKey} names the
     * payer for pledges, receipts and refunds; {@code unit} the unit for disbursements.
     */
    record Entry(String id, Kind kind, LocalDate date, long amount, String sourceKey, @Schema(example = "CONTRACTOR:91220302MA0000000Q") String unit, String memo,
                 List<Line> lines, String reverses, String idempotencyKey, String fingerprint, String by, Instant at) {
    }

    /** A unit under contract, from project-service. */
    record ContractUnit(String role, String name, String creditCode, long contractAmount) {

        String key() {
            return role + ":" + creditCode;
        }
    }

    /**
     * What a household's share was computed from, so a page can explain it without joining the roll: its floor and
     * exclusive area (m²), the floor coefficient (ELEVATOR) and the resulting weight. Null for shares split before
     * the basis was kept.
     */
    record Basis(Integer floor, java.math.BigDecimal exclusiveArea, java.math.BigDecimal coefficient,
                 java.math.BigDecimal weight) {
    }

    /** A split of a channel's amount among households, with what each has paid. */
    record ShareSet(String id, String sourceKey, @Schema(example = "AREA") String method, long amount, List<HouseholdShare> shares,
                    String by, Instant at) {
    }

    /**
     * One household's share, what it has paid (net of refunds), and the ledger entries that moved it: the receipts
     * its payments are and the refunds paid back to it — so that reversing either changes what the household paid.
     */
    record HouseholdShare(String householdId, long amount, long paid, List<String> payments, List<String> refunds,
                          Basis basis) {

        HouseholdShare {
            payments = payments == null ? List.of() : List.copyOf(payments);
            refunds = refunds == null ? List.of() : List.copyOf(refunds);
        }

        HouseholdShare pay(long more, String entryId) {
            return new HouseholdShare(householdId, amount, Math.addExact(paid, more), with(payments, entryId), refunds,
                    basis);
        }

        /** This household's share with the payment of that receipt taken back (its reversal). */
        HouseholdShare unpay(long less, String entryId) {
            return new HouseholdShare(householdId, amount, Math.subtractExact(paid, less), without(payments, entryId),
                    refunds, basis);
        }

        /** This household's share with {@code less} refunded to it by that entry (退款): it has paid that much less. */
        HouseholdShare refund(long less, String entryId) {
            return new HouseholdShare(householdId, amount, Math.subtractExact(paid, less), payments,
                    with(refunds, entryId), basis);
        }

        /** This household's share with that refund reversed: it has paid that much again. */
        HouseholdShare unrefund(long more, String entryId) {
            return new HouseholdShare(householdId, amount, Math.addExact(paid, more), payments,
                    without(refunds, entryId), basis);
        }

        private static List<String> with(List<String> ids, String id) {
            List<String> all = new java.util.ArrayList<>(ids);
            all.add(id);
            return all;
        }

        private static List<String> without(List<String> ids, String id) {
            List<String> rest = new java.util.ArrayList<>(ids);
            rest.remove(id);
            return rest;
        }
    }
}
