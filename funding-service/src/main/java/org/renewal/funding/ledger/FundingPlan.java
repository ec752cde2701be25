package org.renewal.funding.ledger;

import org.renewal.platform.rules.Fen;
import org.renewal.platform.events.InvalidEventException;
import java.util.stream.LongStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.renewal.contracts.funding.FundingChannel;
import org.renewal.contracts.funding.FundingGapDetected;
import org.renewal.contracts.funding.FundingPlanned;
import org.renewal.contracts.funding.FundsDisbursed;
import org.renewal.contracts.funding.FundsPledged;
import org.renewal.contracts.funding.FundsReceived;
import org.renewal.contracts.funding.FundsRefunded;
import org.renewal.contracts.funding.LedgerEntryReversed;
import org.renewal.contracts.funding.RewardGranted;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.funding.ledger.LedgerParts.ContractUnit;
import org.renewal.funding.ledger.LedgerParts.Entry;
import org.renewal.funding.ledger.LedgerParts.Kind;
import org.renewal.funding.ledger.LedgerParts.Line;
import org.renewal.funding.ledger.LedgerParts.Source;
import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.rules.DomainException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A project's funding plan with its append-only double-entry ledger. Accounts:
 * {@code RECEIVABLE:<source>} (pledged, not yet received), {@code COMMITTED:<source>} (what the payer
 * committed), {@code CASH} (the project's funds), {@code WORKS:<role>:<credit code>} (paid to a unit).
 * Pledge: Dr RECEIVABLE / Cr COMMITTED. Receipt: Dr CASH / Cr RECEIVABLE. Disbursement: Dr WORKS / Cr
 * CASH. Refund: Dr COMMITTED / Cr CASH. A reversal swaps the lines of the entry it corrects. Every entry
 * balances, so the ledger does.
 */
@Document("funding_plans")
class FundingPlan extends OutboxAggregate {

    static final String CASH = "CASH";

    private String communityId;
    private String communityName;
    private String districtCode;
    private String streetCode;
    private long totalCost;
    private List<Source> sources = new ArrayList<>();
    private List<Entry> entries = new ArrayList<>();
    private List<ContractUnit> units = new ArrayList<>();
    private BigDecimal progressPercent = BigDecimal.ZERO;
    private boolean accepted;
    private String rewardGrade;
    private List<LedgerParts.ShareSet> shareSets = new ArrayList<>();
    private Set<String> gapsAnnounced = new HashSet<>();
    /** The project's aggregate version whose event was applied last: its events apply only forward. */
    private long projectVersion;
    private Instant createdAt;
    private Instant updatedAt;

    protected FundingPlan() {
    }

    static FundingPlan from(PlanApproved plan) {
        FundingPlan f = new FundingPlan();
        f.id = plan.planId();
        f.communityId = plan.communityId();
        f.communityName = plan.communityName();
        f.districtCode = plan.districtCode();
        f.streetCode = plan.streetCode();
        f.totalCost = Fen.fromEvent("totalCost", plan.totalCost());
        LocalDate due = plan.items().stream().map(PlanApproved.Item::plannedStart).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Map<String, Source> byKey = new LinkedHashMap<>();
        for (PlanApproved.Source s : plan.funding()) {
            FundingChannel channel = FundingChannel.valueOf(s.channel());
            String payer = s.payer() != null && !s.payer().isBlank() ? s.payer() : channel.labelZh();
            String key = channel.name() + ":" + payer;
            Source previous = byKey.get(key);
            long amount = Fen.fromEvent("funding[" + key + "].amount", s.amount());
            byKey.put(key, new Source(key, channel, payer, s.utility(),
                    Fen.sumFromEvent("funding[" + key + "]", LongStream.of(amount, previous == null ? 0 : previous.planned())),
                    due));
        }
        f.sources = new ArrayList<>(byKey.values());
        if (Fen.sumFromEvent("funding", f.sources.stream().mapToLong(Source::planned)) != f.totalCost) {
            throw new InvalidEventException("plan " + plan.planId() + ": the funding does not add up to its cost", null);
        }
        f.createdAt = Instant.now();
        f.updatedAt = f.createdAt;
        f.record(new FundingPlanned(f.id, f.communityId, f.totalCost, f.sources.size()));
        return f;
    }

    void setDueDate(String sourceKey, LocalDate due) {
        Source source = source(sourceKey);
        sources.set(sources.indexOf(source), source.due(due));
        gapsAnnounced.remove("RECEIPTS_LATE:" + sourceKey);
        touch();
    }

    /** A retry with the same key returns the first entry; the same key for another request is refused. */
    Entry existing(String idempotencyKey, String fingerprint) {
        for (Entry e : entries) {
            if (idempotencyKey.equals(e.idempotencyKey())) {
                if (!e.fingerprint().equals(fingerprint)) {
                    throw DomainException.ruleViolated("IDEMPOTENCY_KEY_REUSED", idempotencyKey);
                }
                return e;
            }
        }
        return null;
    }

    Entry pledge(String entryId, String sourceKey, long amount, LocalDate date, String memo, String key, String print,
                 String by) {
        Source source = source(sourceKey);
        Fen.add("amount", pledged(sourceKey), amount);
        Entry entry = append(entryId, Kind.PLEDGE, date, amount, sourceKey, null, memo,
                List.of(new Line("RECEIVABLE:" + sourceKey, amount, 0), new Line("COMMITTED:" + sourceKey, 0, amount)),
                null, key, print, by);
        record(new FundsPledged(id, entryId, source.channel().name(), source.payer(), amount, date));
        return entry;
    }

    Entry receive(String entryId, String sourceKey, long amount, LocalDate date, String memo, String key, String print,
                  String by) {
        Source source = source(sourceKey);
        long outstanding = balance("RECEIVABLE:" + sourceKey, null);
        if (amount > outstanding) {
            throw DomainException.ruleViolated("RECEIPT_EXCEEDS_PLEDGE", amount, outstanding, sourceKey);
        }
        Entry entry = append(entryId, Kind.RECEIPT, date, amount, sourceKey, null, memo,
                List.of(new Line(CASH, amount, 0), new Line("RECEIVABLE:" + sourceKey, 0, amount)), null, key, print, by);
        record(new FundsReceived(id, entryId, source.channel().name(), source.payer(), amount, date));
        return entry;
    }

    /**
     * Pays a unit under contract: never more than the cash (no overdraft), than the contract, or than the
     * share of the contract the works have earned (the reported progress; everything after acceptance).
     */
    Entry disburse(String entryId, String unitKey, long amount, LocalDate date, String memo, String key, String print,
                   String by) {
        ContractUnit unit = units.stream().filter(u -> u.key().equals(unitKey)).findFirst()
                .orElseThrow(() -> DomainException.notFound("UNIT_NOT_UNDER_CONTRACT", unitKey, id));
        long cash = balance(CASH, null);
        if (amount > cash) {
            throw DomainException.ruleViolated("INSUFFICIENT_FUNDS", amount, cash);
        }
        long paid = balance("WORKS:" + unitKey, null);
        if (Fen.add("amount", paid, amount) > unit.contractAmount()) {
            throw DomainException.ruleViolated("EXCEEDS_CONTRACT", amount, unit.contractAmount() - paid, unit.contractAmount());
        }
        long earned = accepted ? unit.contractAmount() : new BigDecimal(unit.contractAmount()).multiply(progressPercent)
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.DOWN).longValueExact();
        if (paid + amount > earned) {
            throw DomainException.ruleViolated("EXCEEDS_EARNED", amount, Math.max(0, earned - paid), progressPercent,
                    accepted);
        }
        Entry entry = append(entryId, Kind.DISBURSEMENT, date, amount, null, unitKey, memo,
                List.of(new Line("WORKS:" + unitKey, amount, 0), new Line(CASH, 0, amount)), null, key, print, by);
        record(new FundsDisbursed(id, entryId, unit.role(), unit.creditCode(), amount, date));
        return entry;
    }

    /**
     * Refunds a payer: never more than the cash nor than the source's net receipts that are not households' share
     * payments — money a household paid as its share goes back through {@link #refundShare}, so that household's
     * paid and outstanding amounts follow.
     */
    Entry refund(String entryId, String sourceKey, long amount, LocalDate date, String memo, String key, String print,
                 String by) {
        Source source = source(sourceKey);
        long cash = balance(CASH, null);
        long receivedNet = received(sourceKey) - refunded(sourceKey) - sharesPaid(sourceKey);
        if (amount > cash || amount > receivedNet) {
            throw DomainException.ruleViolated("REFUND_EXCEEDS_RECEIVED", amount, Math.max(0, Math.min(cash, receivedNet)));
        }
        return refundEntry(entryId, source, amount, date, memo, key, print, by);
    }

    /**
     * Refunds a household part of what it paid of its share (退款): never more than it has paid nor than the cash;
     * the household then owes that much again, and the ledger books it as a refund of the split's source.
     */
    Entry refundShare(String entryId, String setId, String householdId, long amount, LocalDate date, String memo,
                      String key, String print, String by) {
        LedgerParts.ShareSet set = shareSet(setId);
        List<LedgerParts.HouseholdShare> shares = new ArrayList<>(set.shares());
        int index = householdIndex(shares, householdId, setId);
        LedgerParts.HouseholdShare share = shares.get(index);
        long cash = balance(CASH, null);
        if (amount > share.paid() || amount > cash) {
            throw DomainException.ruleViolated("REFUND_EXCEEDS_PAID", amount, householdId, Math.min(share.paid(), cash));
        }
        Entry entry = refundEntry(entryId, source(set.sourceKey()), amount, date,
                memo == null ? "分摊退款 " + householdId : memo, key, print, by);
        shares.set(index, share.refund(amount, entry.id()));
        replaceShares(set, shares);
        return entry;
    }

    private Entry refundEntry(String entryId, Source source, long amount, LocalDate date, String memo, String key,
                              String print, String by) {
        String sourceKey = source.key();
        Entry entry = append(entryId, Kind.REFUND, date, amount, sourceKey, null, memo,
                List.of(new Line("COMMITTED:" + sourceKey, amount, 0), new Line(CASH, 0, amount)), null, key, print, by);
        record(new FundsRefunded(id, entryId, source.channel().name(), source.payer(), amount, date));
        return entry;
    }

    /** Corrects an entry by a reversing entry (its lines swapped); an entry is reversed at most once. */
    Entry reverse(String entryId, String reversedId, LocalDate date, String memo, String key, String print, String by) {
        Entry original = entries.stream().filter(e -> e.id().equals(reversedId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("ENTRY_NOT_FOUND", reversedId, id));
        if (original.kind() == Kind.REVERSAL) {
            throw DomainException.ruleViolated("CANNOT_REVERSE_A_REVERSAL", reversedId);
        }
        if (entries.stream().anyMatch(e -> reversedId.equals(e.reverses()))) {
            throw DomainException.conflict("ALREADY_REVERSED", reversedId);
        }
        List<Line> swapped = original.lines().stream().map(l -> new Line(l.account(), l.credit(), l.debit())).toList();
        for (Line line : swapped) {
            if (line.account().equals(CASH) && line.credit() > balance(CASH, null)) {
                throw DomainException.ruleViolated("INSUFFICIENT_FUNDS", line.credit(), balance(CASH, null));
            }
        }
        Entry entry = append(entryId, Kind.REVERSAL, date, original.amount(), original.sourceKey(), original.unit(), memo,
                swapped, reversedId, key, print, by);
        if (original.kind() == Kind.RECEIPT || original.kind() == Kind.REFUND) {
            householdEntryReversed(original);
        }
        record(new LedgerEntryReversed(id, entryId, reversedId, original.kind().name()));
        return entry;
    }

    /** The reward instead of subsidy, pledged by the city on the evaluation (once). */
    Entry grantReward(String entryId, String grade, long amount, String payer, LocalDate date) {
        if (rewardGrade != null) {
            return null;
        }
        rewardGrade = grade;
        String key = FundingChannel.REWARD_INSTEAD_OF_SUBSIDY.name() + ":" + payer;
        if (sources.stream().noneMatch(s -> s.key().equals(key))) {
            sources.add(new Source(key, FundingChannel.REWARD_INSTEAD_OF_SUBSIDY, payer, null, 0, null));
        }
        if (amount == 0) {
            touch();
            record(new RewardGranted(id, grade, 0, null));
            return null;
        }
        Entry entry = pledge(entryId, key, amount, date, "以奖代补 " + grade, "reward:" + id, "reward:" + grade + ":" + amount,
                "system");
        record(new RewardGranted(id, grade, amount, entryId));
        return entry;
    }

    /** Whether an event of the project at {@code version} is newer than every one applied so far. */
    boolean isNewerProjectEvent(long version) {
        return version > projectVersion;
    }

    /** Records that the project's event at {@code version} is applied (forward only). */
    void projectEventApplied(long version) {
        if (!isNewerProjectEvent(version)) {
            throw new IllegalStateException("project event " + version + " is not after " + projectVersion);
        }
        projectVersion = version;
    }

    void contracted(ContractUnit unit) {
        units.removeIf(u -> u.role().equals(unit.role()));
        units.add(unit);
        touch();
    }

    void progress(BigDecimal overall) {
        progressPercent = overall;
        touch();
    }

    void acceptancePassed() {
        accepted = true;
        touch();
    }

    void addShares(LedgerParts.ShareSet set) {
        shareSets.add(set);
        touch();
    }

    /** Records a household's payment against its share and as a receipt from the residents' source. */
    Entry payShare(String entryId, String setId, String householdId, long amount, LocalDate date, String key,
                   String print, String by) {
        LedgerParts.ShareSet set = shareSet(setId);
        List<LedgerParts.HouseholdShare> shares = new ArrayList<>(set.shares());
        int index = householdIndex(shares, householdId, setId);
        LedgerParts.HouseholdShare share = shares.get(index);
        if (Fen.add("amount", share.paid(), amount) > share.amount()) {
            throw DomainException.ruleViolated("PAYMENT_EXCEEDS_SHARE", amount, share.amount() - share.paid());
        }
        Entry entry = receive(entryId, set.sourceKey(), amount, date, "分摊 " + householdId, key, print, by);
        shares.set(index, share.pay(amount, entry.id()));
        replaceShares(set, shares);
        return entry;
    }

    private LedgerParts.ShareSet shareSet(String setId) {
        return shareSets.stream().filter(s -> s.id().equals(setId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("SHARES_NOT_FOUND", setId, id));
    }

    private static int householdIndex(List<LedgerParts.HouseholdShare> shares, String householdId, String setId) {
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).householdId().equals(householdId)) {
                return i;
            }
        }
        throw DomainException.notFound("HOUSEHOLD_HAS_NO_SHARE", householdId, setId);
    }

    private void replaceShares(LedgerParts.ShareSet set, List<LedgerParts.HouseholdShare> shares) {
        shareSets.set(shareSets.indexOf(set), new LedgerParts.ShareSet(set.id(), set.sourceKey(), set.method(),
                set.amount(), List.copyOf(shares), set.by(), set.at()));
    }

    /** What households have paid, net, of their shares of this source. */
    private long sharesPaid(String sourceKey) {
        return Fen.total(shareSets.stream().filter(s -> s.sourceKey().equals(sourceKey))
                .flatMap(s -> s.shares().stream()).mapToLong(LedgerParts.HouseholdShare::paid));
    }

    /**
     * A reversed receipt that was a household's share payment comes off what that household paid; a reversed refund
     * to a household is paid by it again.
     */
    private void householdEntryReversed(Entry entry) {
        for (int s = 0; s < shareSets.size(); s++) {
            LedgerParts.ShareSet set = shareSets.get(s);
            List<LedgerParts.HouseholdShare> shares = new ArrayList<>(set.shares());
            for (int i = 0; i < shares.size(); i++) {
                LedgerParts.HouseholdShare share = shares.get(i);
                LedgerParts.HouseholdShare changed = share.payments().contains(entry.id())
                        ? share.unpay(entry.amount(), entry.id())
                        : share.refunds().contains(entry.id()) ? share.unrefund(entry.amount(), entry.id()) : null;
                if (changed != null) {
                    shares.set(i, changed);
                    shareSets.set(s, new LedgerParts.ShareSet(set.id(), set.sourceKey(), set.method(), set.amount(),
                            List.copyOf(shares), set.by(), set.at()));
                    return;
                }
            }
        }
    }

    /** Announces gaps not yet announced: pledges short of the cost; receipts lagging a passed due date. */
    boolean announceGaps(LocalDate today) {
        boolean any = false;
        long pledged = Fen.total(sources.stream().mapToLong(s -> pledged(s.key())));
        LocalDate firstDue = sources.stream().map(Source::dueDate).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (pledged < totalCost && firstDue != null && !today.isBefore(firstDue) && gapsAnnounced.add("PLEDGES_SHORT")) {
            record(new FundingGapDetected(id, communityId, "PLEDGES_SHORT", totalCost - pledged, today));
            any = true;
        }
        for (Source s : sources) {
            long lag = s.planned() - received(s.key());
            if (s.dueDate() != null && today.isAfter(s.dueDate()) && lag > 0
                    && gapsAnnounced.add("RECEIPTS_LATE:" + s.key())) {
                record(new FundingGapDetected(id, communityId, "RECEIPTS_LATE", lag, today));
                any = true;
            }
        }
        if (any) {
            touch();
        }
        return any;
    }

    private Entry append(String entryId, Kind kind, LocalDate date, long amount, String sourceKey, String unit,
                         String memo, List<Line> lines, String reverses, String key, String print, String by) {
        if (amount <= 0) {
            throw DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("amount", "ledger.positive")));
        }
        Entry entry = new Entry(entryId, kind, date, amount, sourceKey, unit, memo, List.copyOf(lines), reverses, key,
                print, by, Instant.now());
        entries.add(entry);
        touch();
        return entry;
    }

    /** The balance (debits − credits) of an account on a date (null: all entries). */
    long balance(String account, LocalDate on) {
        long balance = 0;
        for (Entry e : entries) {
            if (on != null && e.date().isAfter(on)) {
                continue;
            }
            for (Line l : e.lines()) {
                if (l.account().equals(account)) {
                    balance = Math.addExact(balance, Math.subtractExact(l.debit(), l.credit()));
                }
            }
        }
        return balance;
    }

    long pledged(String sourceKey) {
        return -balance("COMMITTED:" + sourceKey, null) + refunded(sourceKey);
    }

    long received(String sourceKey) {
        return pledged(sourceKey) - balance("RECEIVABLE:" + sourceKey, null);
    }

    long refunded(String sourceKey) {
        long refunded = 0;
        for (Entry e : entries) {
            if (sourceKey.equals(e.sourceKey())) {
                boolean reversed = entries.stream().anyMatch(r -> e.id().equals(r.reverses()));
                if (e.kind() == Kind.REFUND && !reversed) {
                    refunded = Math.addExact(refunded, e.amount());
                }
            }
        }
        return refunded;
    }

    Source source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> DomainException.invalid(List.of(new org.renewal.platform.web.FieldProblem("source",
                        "ledger.unknownSource"))));
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    String communityId() { return communityId; }

    String communityName() { return communityName; }

    String districtCode() { return districtCode; }

    String streetCode() { return streetCode; }

    long totalCost() { return totalCost; }

    List<Source> sources() { return sources; }

    List<Entry> entries() { return entries; }

    List<ContractUnit> units() { return units; }

    BigDecimal progressPercent() { return progressPercent; }

    boolean accepted() { return accepted; }

    String rewardGrade() { return rewardGrade; }

    List<LedgerParts.ShareSet> shareSets() { return shareSets; }

    Instant createdAt() { return createdAt; }

    Instant updatedAt() { return updatedAt; }
}
