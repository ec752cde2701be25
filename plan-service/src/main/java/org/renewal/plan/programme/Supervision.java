package org.renewal.plan.programme;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Supervision (督导考核) over the programme read model: what is late and whose duty it is, rankings, the return. */
@Service
class Supervision {

    /** Something late and whose duty it is. */
    record Overdue(String communityId, String name, String what, int count, String responsible) {
    }

    /**
     * A street's (or district's) progress: the mean stage of its communities as a share of the last stage; with how
     * many of them are red and amber and the place's own level ({@link EarlyWarning#ofPlace}).
     */
    record Ranking(int rank, String code, int communities, BigDecimal progress, int handedOver, int red, int amber,
                   EarlyWarning.Level warning) {
    }

    private final MongoTemplate mongo;
    private final ProgrammeService programmes;

    Supervision(MongoTemplate mongo, ProgrammeService programmes) {
        this.mongo = mongo;
        this.programmes = programmes;
    }

    /**
     * Late milestones (the contractor), open inspection findings (the housing bureau), and batch communities not
     * accepted by their year's deadline (the district office), on {@code today}.
     */
    List<Overdue> overdue(Caller caller, Integer year, LocalDate today) {
        List<Overdue> overdue = new ArrayList<>();
        ProgrammeService.Deadlines deadlines = programmes.deadlines();
        for (ProgrammeCommunity c : communities(caller, year)) {
            if (c.lateItems() != null && !c.lateItems().isEmpty()) {
                overdue.add(new Overdue(c.id(), c.name(), "LATE_MILESTONES", c.lateItems().size(), "CONTRACTOR"));
            }
            if (c.openFindings() != null && !c.openFindings().isEmpty()) {
                overdue.add(new Overdue(c.id(), c.name(), "OPEN_FINDINGS", c.openFindings().size(), "HOUSING_BUREAU"));
            }
            LocalDate deadline = deadlines.of(c);
            if (deadline != null && c.order() < ProgrammeStage.ACCEPTED.ordinal() && today.isAfter(deadline)) {
                overdue.add(new Overdue(c.id(), c.name(), "PAST_DEADLINE", 1, "DISTRICT_OFFICE"));
            }
        }
        return overdue;
    }

    /** Today where the programme runs. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Streets (or districts) by progress, ties by communities handed over, then by code. */
    List<Ranking> rankings(Caller caller, boolean byDistrict, Integer year) {
        ProgrammeService.Deadlines deadlines = programmes.deadlines();
        return rank(communities(caller, year), byDistrict, deadlines::signal);
    }

    static List<Ranking> rank(List<ProgrammeCommunity> communities, boolean byDistrict,
                              Function<ProgrammeCommunity, EarlyWarning.Signal> signals) {
        Function<ProgrammeCommunity, String> key = byDistrict ? ProgrammeCommunity::districtCode
                : ProgrammeCommunity::streetCode;
        Map<String, long[]> sums = new LinkedHashMap<>();
        int last = ProgrammeStage.LONG_TERM_MANAGEMENT.ordinal();
        for (ProgrammeCommunity c : communities) {
            if (key.apply(c) == null) {
                continue;
            }
            long[] s = sums.computeIfAbsent(key.apply(c), k -> new long[5]);
            s[0]++;
            s[1] += c.order();
            s[2] += c.order() >= ProgrammeStage.HANDED_OVER.ordinal() ? 1 : 0;
            EarlyWarning.Level level = signals.apply(c).level();
            s[3] += level == EarlyWarning.Level.RED ? 1 : 0;
            s[4] += level == EarlyWarning.Level.AMBER ? 1 : 0;
        }
        List<Ranking> rankings = new ArrayList<>();
        sums.forEach((code, s) -> rankings.add(new Ranking(0, code, (int) s[0], BigDecimal.valueOf(s[1] * 100)
                .divide(BigDecimal.valueOf(s[0] * last), 2, RoundingMode.HALF_UP), (int) s[2], (int) s[3], (int) s[4],
                EarlyWarning.ofPlace((int) s[0], (int) s[3], (int) s[4]))));
        rankings.sort(Comparator.comparing(Ranking::progress).thenComparingInt(Ranking::handedOver).reversed()
                .thenComparing(Ranking::code));
        List<Ranking> ranked = new ArrayList<>();
        for (int i = 0; i < rankings.size(); i++) {
            Ranking r = rankings.get(i);
            ranked.add(new Ranking(i + 1, r.code(), r.communities(), r.progress(), r.handedOver(), r.red(), r.amber(),
                    r.warning()));
        }
        return ranked;
    }

    /** Writes the year's statistical return for the caller's place. */
    void writeReturn(Caller caller, int year, java.io.OutputStream out) throws java.io.IOException {
        List<ProgrammeCommunity> batch = communities(caller, year);
        AnnualProgramme.Targets targets = programmes.find(caller.districtCode(), year).map(AnnualProgramme::targets)
                .orElse(null);
        ProgrammeFigures.Cell sums = new ProgrammeFigures.Cell(caller.districtCode(), null, year);
        batch.forEach(sums::add);
        StatisticalReturn.write(batch, targets, sums, out);
    }

    private List<ProgrammeCommunity> communities(Caller caller, Integer year) {
        return mongo.find(PlaceScope.filter(caller).is("batchYear", year).query(), ProgrammeCommunity.class);
    }
}
