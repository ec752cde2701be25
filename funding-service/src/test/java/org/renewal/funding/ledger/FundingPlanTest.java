package org.renewal.funding.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.funding.ledger.LedgerParts.Entry;
import org.renewal.funding.ledger.LedgerParts.Line;
import org.renewal.platform.events.InvalidEventException;
import org.renewal.platform.rules.DomainException;

/**
 * Every movement and refusal of a community's funding plan and ledger (资金台账), without Spring or a store; after
 * every test the ledger's invariants hold: each entry balances (debits = credits), cash never goes below zero,
 * and what a source received never exceeds what it pledged.
 */
class FundingPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
    private static final String DISTRICT = "GOVERNMENT_DISTRICT:区财政";
    private static final String RESIDENTS = "RESIDENTS:居民";
    private static final String CONTRACTOR = "CONTRACTOR:91220302MA0000000Q";

    private final AtomicInteger ids = new AtomicInteger();
    private FundingPlan plan = plan(400_000, 100_000);

    static FundingPlan plan(long district, long residents) {
        var item = new PlanApproved.Item("L1", "ROOF_WATERPROOFING", "屋面防水", BigDecimal.ONE, "项", district + residents,
                district + residents, List.of(), List.of(), DAY.plusDays(30), DAY.plusDays(90));
        return FundingPlan.from(new PlanApproved("plan-1", "c-1", "北山小区", "220302", "220302001", 1, List.of(item),
                district + residents, List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", "区财政", null, district),
                        new PlanApproved.Source("RESIDENTS", "居民", null, residents)), List.of("1"), 48,
                new BigDecimal("3120.50")));
    }

    private String id() {
        return "e-" + ids.incrementAndGet();
    }

    private Entry pledge(String source, long amount) {
        return plan.pledge(id(), source, amount, DAY, null, id(), "p", "finance");
    }

    private Entry receive(String source, long amount) {
        return plan.receive(id(), source, amount, DAY, null, id(), "p", "finance");
    }

    private Entry disburse(long amount) {
        return plan.disburse(id(), CONTRACTOR, amount, DAY, null, id(), "p", "finance");
    }

    private void contracted(long amount) {
        plan.contracted(new LedgerParts.ContractUnit("CONTRACTOR", "施工公司", "91220302MA0000000Q", amount));
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private List<String> types() {
        return plan.recordedSinceSave().stream().map(EventPayload::eventType).toList();
    }

    @AfterEach
    void theLedgerStillBalances() {
        for (Entry e : plan.entries()) {
            assertThat(e.lines().stream().mapToLong(Line::debit).sum()).as("entry %s balances", e.id())
                    .isEqualTo(e.lines().stream().mapToLong(Line::credit).sum());
        }
        assertThat(plan.balance(FundingPlan.CASH, null)).as("cash").isNotNegative();
        for (var s : plan.sources()) {
            assertThat(plan.received(s.key())).as("received of %s", s.key()).isLessThanOrEqualTo(plan.pledged(s.key()));
            long householdsPaid = plan.shareSets().stream().filter(set -> set.sourceKey().equals(s.key()))
                    .flatMap(set -> set.shares().stream()).mapToLong(LedgerParts.HouseholdShare::paid).sum();
            assertThat(householdsPaid).as("households' net payments within the net receipts of %s", s.key())
                    .isLessThanOrEqualTo(plan.received(s.key()) - plan.refunded(s.key()));
        }
        plan.shareSets().forEach(set -> set.shares().forEach(h -> assertThat(h.paid()).as("paid by %s",
                h.householdId()).isBetween(0L, h.amount())));
    }

    // ---- opening

    @Test
    void anApprovedPlanOpensWithOneSourcePerChannelAndPayer() {
        assertThat(plan.sources()).extracting(LedgerParts.Source::key).containsExactly(DISTRICT, RESIDENTS);
        assertThat(plan.sources().get(0).dueDate()).as("due at the first planned start").isEqualTo(DAY.plusDays(30));
        assertThat(types()).containsExactly("funding.FundingPlanned");
    }

    @Test
    void aPlanWhoseFundingDoesNotAddUpToItsCostIsAnInvalidEvent() {
        var item = new PlanApproved.Item("L1", "X", "x", BigDecimal.ONE, "项", 10, 10, List.of(), List.of(), DAY, DAY);
        var approved = new PlanApproved("p", "c", "n", "220302", "220302001", 1, List.of(item), 10,
                List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", "区财政", null, 9)), List.of(), 1, BigDecimal.ONE);

        assertThatThrownBy(() -> FundingPlan.from(approved)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void sourceAmountsThatWouldWrapAreAnInvalidEventNotAPlan() {
        var item = new PlanApproved.Item("L1", "X", "x", BigDecimal.ONE, "项", 200, 200, List.of(), List.of(), DAY, DAY);
        var wrapping = new PlanApproved("p", "c", "n", "220302", "220302001", 1, List.of(item), 200,
                List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", "a", null, Long.MAX_VALUE),
                        new PlanApproved.Source("GOVERNMENT_CITY", "b", null, Long.MAX_VALUE),
                        new PlanApproved.Source("RESIDENTS", "c", null, 800_002)), List.of(), 1, BigDecimal.ONE);

        assertThatThrownBy(() -> FundingPlan.from(wrapping)).isInstanceOf(InvalidEventException.class);
    }

    // ---- pledges and receipts

    @Test
    void aReceiptNeverExceedsWhatIsPledgedAndOutstanding() {
        pledge(DISTRICT, 300_000);
        receive(DISTRICT, 200_000);

        refused(() -> receive(DISTRICT, 100_001), "RECEIPT_EXCEEDS_PLEDGE");
        receive(DISTRICT, 100_000);
        assertThat(plan.received(DISTRICT)).isEqualTo(300_000);
        assertThat(plan.balance(FundingPlan.CASH, null)).isEqualTo(300_000);
        assertThat(types()).endsWith("funding.FundsPledged", "funding.FundsReceived", "funding.FundsReceived");
    }

    @Test
    void pledgesOfASourceThatWouldPassTheBoundAreRefused() {
        pledge(DISTRICT, org.renewal.platform.rules.Fen.MAX);

        refused(() -> pledge(DISTRICT, 1), "AMOUNT_OUT_OF_RANGE");
        assertThat(plan.pledged(DISTRICT)).isEqualTo(org.renewal.platform.rules.Fen.MAX);
    }

    @Test
    void anUnknownSourceIsInvalidNamingTheSourceAndAmountsMustBePositive() {
        assertThatThrownBy(() -> pledge("NOPE:x", 1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("source")));
        assertThatThrownBy(() -> pledge(DISTRICT, 0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("amount")));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstEntryAnotherRequestUnderItIsRefused() {
        Entry first = plan.pledge("e-a", DISTRICT, 1_000, DAY, null, "key-1", "fingerprint-1", "finance");

        assertThat(plan.existing("key-1", "fingerprint-1")).isEqualTo(first);
        assertThat(plan.existing("key-2", "fingerprint-1")).isNull();
        refused(() -> plan.existing("key-1", "fingerprint-2"), "IDEMPOTENCY_KEY_REUSED");
    }

    // ---- disbursement caps

    @Test
    void aDisbursementIsCappedByCashByTheContractAndByTheShareTheWorksHaveEarned() {
        pledge(DISTRICT, 400_000);
        receive(DISTRICT, 400_000);
        refused(() -> disburse(1), "UNIT_NOT_UNDER_CONTRACT");
        contracted(300_000);
        plan.progress(new BigDecimal("33.33"));

        // 33.33 % of 300,000 fen, rounded down: 99,990 fen earned
        refused(() -> disburse(99_991), "EXCEEDS_EARNED");
        disburse(99_990);
        plan.acceptancePassed();
        refused(() -> disburse(200_011), "EXCEEDS_CONTRACT");
        disburse(200_010);
        assertThat(plan.balance("WORKS:" + CONTRACTOR, null)).isEqualTo(300_000);
    }

    @Test
    void noDisbursementBeyondTheCash() {
        pledge(DISTRICT, 400_000);
        receive(DISTRICT, 50_000);
        contracted(300_000);
        plan.acceptancePassed();

        refused(() -> disburse(50_001), "INSUFFICIENT_FUNDS");
    }

    // ---- refunds and reversals

    @Test
    void aRefundIsBoundedByWhatTheSourceReceivedAndByTheCash() {
        pledge(DISTRICT, 400_000);
        receive(DISTRICT, 100_000);

        refused(() -> plan.refund(id(), DISTRICT, 100_001, DAY, null, id(), "p", "f"), "REFUND_EXCEEDS_RECEIVED");
        plan.refund(id(), DISTRICT, 40_000, DAY, null, id(), "p", "f");
        assertThat(plan.refunded(DISTRICT)).isEqualTo(40_000);
        assertThat(plan.balance(FundingPlan.CASH, null)).isEqualTo(60_000);
    }

    @Test
    void aReversalSwapsTheEntrysLinesOnceAndNeverReversesAReversal() {
        Entry pledge = pledge(DISTRICT, 10_000);
        Entry reversal = plan.reverse(id(), pledge.id(), DAY, "录错", id(), "p", "f");

        assertThat(plan.pledged(DISTRICT)).isZero();
        refused(() -> plan.reverse(id(), pledge.id(), DAY, null, id(), "p", "f"), "ALREADY_REVERSED");
        refused(() -> plan.reverse(id(), reversal.id(), DAY, null, id(), "p", "f"), "CANNOT_REVERSE_A_REVERSAL");
        refused(() -> plan.reverse(id(), "nope", DAY, null, id(), "p", "f"), "ENTRY_NOT_FOUND");
        assertThat(types()).endsWith("funding.LedgerEntryReversed");
    }

    @Test
    void aReceiptWhoseCashIsSpentCannotBeReversed() {
        pledge(DISTRICT, 400_000);
        Entry receipt = receive(DISTRICT, 100_000);
        contracted(300_000);
        plan.acceptancePassed();
        disburse(100_000);

        refused(() -> plan.reverse(id(), receipt.id(), DAY, null, id(), "p", "f"), "INSUFFICIENT_FUNDS");
    }

    // ---- shares, reward, gaps, project events

    @Test
    void aHouseholdPaysNoMoreThanItsShareAndAnUnknownHouseholdOrSetIsNotFound() {
        pledge(RESIDENTS, 100_000);
        plan.addShares(new LedgerParts.ShareSet("s-1", RESIDENTS, "BY_AREA", 100_000,
                List.of(new LedgerParts.HouseholdShare("1-1-101", 2_083, 0, List.of(), List.of(), null)), "district", Instant.now()));

        plan.payShare(id(), "s-1", "1-1-101", 2_000, DAY, id(), "p", "resident");

        refused(() -> plan.payShare(id(), "s-1", "1-1-101", 84, DAY, id(), "p", "r"), "PAYMENT_EXCEEDS_SHARE");
        refused(() -> plan.payShare(id(), "s-1", "9-9-909", 1, DAY, id(), "p", "r"), "HOUSEHOLD_HAS_NO_SHARE");
        refused(() -> plan.payShare(id(), "s-9", "1-1-101", 1, DAY, id(), "p", "r"), "SHARES_NOT_FOUND");
        assertThat(plan.shareSets().get(0).shares().get(0).paid()).isEqualTo(2_000);
    }

    @Test
    void aReversedSharePaymentComesOffWhatTheHouseholdPaidAndItMayPayAgain() {
        pledge(RESIDENTS, 100_000);
        plan.addShares(new LedgerParts.ShareSet("s-1", RESIDENTS, "BY_AREA", 100_000,
                List.of(new LedgerParts.HouseholdShare("1-1-101", 2_083, 0, List.of(), List.of(), null),
                        new LedgerParts.HouseholdShare("1-1-102", 2_083, 0, List.of(), List.of(), null)), "district", Instant.now()));
        Entry first = plan.payShare(id(), "s-1", "1-1-101", 2_000, DAY, id(), "p", "resident");
        plan.payShare(id(), "s-1", "1-1-102", 500, DAY, id(), "p", "resident");

        plan.reverse(id(), first.id(), DAY, "错缴", id(), "p", "finance");

        var shares = plan.shareSets().get(0).shares();
        assertThat(shares.get(0).paid()).as("the reversed household").isZero();
        assertThat(shares.get(0).payments()).isEmpty();
        assertThat(shares.get(1).paid()).as("its neighbour").isEqualTo(500);
        assertThat(plan.received(RESIDENTS)).isEqualTo(500);
        plan.payShare(id(), "s-1", "1-1-101", 2_083, DAY, id(), "p", "resident");
        assertThat(plan.shareSets().get(0).shares().get(0).paid()).as("the whole share paid again").isEqualTo(2_083);
    }

    @Test
    void aRefundToAHouseholdComesOffWhatItPaidAndItsReversalPutsItBack() {
        pledge(RESIDENTS, 100_000);
        plan.addShares(new LedgerParts.ShareSet("s-1", RESIDENTS, "BY_AREA", 100_000,
                List.of(new LedgerParts.HouseholdShare("1-1-101", 2_083, 0, List.of(), List.of(), null),
                        new LedgerParts.HouseholdShare("1-1-102", 2_083, 0, List.of(), List.of(), null)), "district", Instant.now()));
        plan.payShare(id(), "s-1", "1-1-101", 2_083, DAY, id(), "p", "resident");
        plan.payShare(id(), "s-1", "1-1-102", 1_000, DAY, id(), "p", "resident");

        refused(() -> plan.refundShare(id(), "s-1", "1-1-102", 1_001, DAY, null, id(), "p", "f"), "REFUND_EXCEEDS_PAID");
        refused(() -> plan.refundShare(id(), "s-1", "9-9-909", 1, DAY, null, id(), "p", "f"), "HOUSEHOLD_HAS_NO_SHARE");
        Entry refund = plan.refundShare(id(), "s-1", "1-1-101", 583, DAY, null, id(), "p", "finance");

        var shares = plan.shareSets().get(0).shares();
        assertThat(shares.get(0).paid()).as("the refunded household owes 583 again").isEqualTo(1_500);
        assertThat(shares.get(1).paid()).as("its neighbour").isEqualTo(1_000);
        assertThat(plan.refunded(RESIDENTS)).isEqualTo(583);
        plan.reverse(id(), refund.id(), DAY, "退错了", id(), "p", "finance");
        assertThat(plan.shareSets().get(0).shares().get(0).paid()).as("the reversed refund").isEqualTo(2_083);
        assertThat(plan.refunded(RESIDENTS)).isZero();
    }

    @Test
    void aSourcesRefundCannotTakeBackWhatHouseholdsPaidAsTheirShares() {
        pledge(RESIDENTS, 100_000);
        plan.addShares(new LedgerParts.ShareSet("s-1", RESIDENTS, "BY_AREA", 3_000,
                List.of(new LedgerParts.HouseholdShare("1-1-101", 3_000, 0, List.of(), List.of(), null)), "district", Instant.now()));
        plan.payShare(id(), "s-1", "1-1-101", 3_000, DAY, id(), "p", "resident");
        receive(RESIDENTS, 10_000);

        // 13,000 received, of which 3,000 are a household's share: 10,000 may be refunded as the source's
        refused(() -> plan.refund(id(), RESIDENTS, 10_001, DAY, null, id(), "p", "f"), "REFUND_EXCEEDS_RECEIVED");
        plan.refund(id(), RESIDENTS, 10_000, DAY, null, id(), "p", "f");
        assertThat(plan.shareSets().get(0).shares().get(0).paid()).isEqualTo(3_000);
    }

    @Test
    void theRewardIsGrantedOnce() {
        assertThat(plan.grantReward(id(), "EXCELLENT", 50_000, "市财政", DAY)).isNotNull();
        assertThat(plan.grantReward(id(), "EXCELLENT", 50_000, "市财政", DAY)).isNull();
        assertThat(types().stream().filter("funding.RewardGranted"::equals)).hasSize(1);
    }

    @Test
    void gapsAreAnnouncedOnceFromTheFirstDueDate() {
        assertThat(plan.announceGaps(DAY.plusDays(29))).as("before the first due date").isFalse();
        assertThat(plan.announceGaps(DAY.plusDays(30))).isTrue();
        assertThat(plan.announceGaps(DAY.plusDays(31))).as("receipts late now as well").isTrue();
        assertThat(plan.announceGaps(DAY.plusDays(32))).as("each once").isFalse();
    }

    @Test
    void projectEventsApplyOnlyForward() {
        plan.projectEventApplied(5);

        assertThat(plan.isNewerProjectEvent(5)).isFalse();
        assertThat(plan.isNewerProjectEvent(4)).isFalse();
        assertThat(plan.isNewerProjectEvent(6)).isTrue();
        assertThatThrownBy(() -> plan.projectEventApplied(3)).isInstanceOf(IllegalStateException.class);
    }
}
