package org.renewal.plan.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.renewal.platform.dictionary.Labelled;

/**
 * Early warning (预警) for the supervision console: red, amber or green for a community, with every reason, and for a
 * street or district from its communities. The seed names what supervision watches — duties done on time (逾期事项),
 * funds in place (资金到位) and the year's schedule (年度计划、完成时限) — but no thresholds; these are the console's
 * policy, stated here once and in docs/programme.md:
 * <ul>
 *   <li>{@code PAST_DEADLINE} red: a batch community not accepted after its year's deadline;</li>
 *   <li>{@code NOT_STARTED} behind the year's pace: a batch community not under construction once half the time from
 *       1 January of its year to the deadline has passed (amber), or three quarters (red);</li>
 *   <li>{@code LATE_MILESTONES} amber: a construction milestone past its due date (the contractor's duty); red with
 *       open findings at the same time;</li>
 *   <li>{@code OPEN_FINDINGS} amber: an inspection finding not put right (the responsible unit's duty);</li>
 *   <li>{@code FUNDING_BEHIND} amber: under construction or later with less than half of the planned funding
 *       received (到位率 below 50 %).</li>
 * </ul>
 * A street or district is red when at least a quarter of its communities are red, amber when any is red or at least a
 * quarter are amber, otherwise green.
 */
final class EarlyWarning {

    /** The level of a warning, worst last. */
    enum Level implements Labelled {
        GREEN("正常", "On track"), AMBER("关注", "Watch"), RED("预警", "Act now");

        private final Label label;

        Level(String zh, String en) {
            this.label = new Label(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }

        Level worse(Level other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    /** Why a community is not green. */
    enum Reason implements Labelled {
        PAST_DEADLINE("逾期未竣工验收", "Not accepted by the year's deadline"),
        NOT_STARTED("未按进度开工", "Not under construction at the year's pace"),
        LATE_MILESTONES("工期节点滞后", "Construction milestones late"),
        OPEN_FINDINGS("质量问题未整改", "Inspection findings open"),
        FUNDING_BEHIND("资金到位率低于50%", "Less than half of the planned funding received");

        private final Label label;

        Reason(String zh, String en) {
            this.label = new Label(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    /** One reason and the level it gives. */
    record Cause(Reason reason, Level level) {
    }

    /** A community's level and every cause, worst first. */
    record Signal(Level level, List<Cause> causes) {
    }

    /** Funding received below this share of planned (in percent) is behind once construction has started. */
    static final int FUNDING_PERCENT = 50;

    private EarlyWarning() {
    }

    /**
     * The signal for a community on {@code today}; {@code deadline} is its batch year's deadline (null without a batch
     * or programme).
     */
    static Signal of(ProgrammeCommunity c, LocalDate deadline, LocalDate today) {
        List<Cause> causes = new ArrayList<>();
        int order = c.order();
        boolean started = order >= ProgrammeStage.UNDER_CONSTRUCTION.ordinal();
        if (c.batchYear() != null && deadline != null && order < ProgrammeStage.ACCEPTED.ordinal()) {
            LocalDate start = LocalDate.of(c.batchYear(), 1, 1);
            long span = ChronoUnit.DAYS.between(start, deadline);
            long gone = ChronoUnit.DAYS.between(start, today);
            if (today.isAfter(deadline)) {
                causes.add(new Cause(Reason.PAST_DEADLINE, Level.RED));
            } else if (!started && span > 0 && 4 * gone >= 3 * span) {
                causes.add(new Cause(Reason.NOT_STARTED, Level.RED));
            } else if (!started && span > 0 && 2 * gone >= span) {
                causes.add(new Cause(Reason.NOT_STARTED, Level.AMBER));
            }
        }
        boolean late = c.lateItems() != null && !c.lateItems().isEmpty();
        boolean findings = c.openFindings() != null && !c.openFindings().isEmpty();
        if (late) {
            causes.add(new Cause(Reason.LATE_MILESTONES, findings ? Level.RED : Level.AMBER));
        }
        if (findings) {
            causes.add(new Cause(Reason.OPEN_FINDINGS, Level.AMBER));
        }
        long planned = sum(c.fundingPlanned());
        if (started && planned > 0 && Math.multiplyExact(sum(c.fundingReceived()), 100L)
                < Math.multiplyExact(planned, (long) FUNDING_PERCENT)) {
            causes.add(new Cause(Reason.FUNDING_BEHIND, Level.AMBER));
        }
        causes.sort(Comparator.comparing(Cause::level).reversed());
        return new Signal(causes.stream().map(Cause::level).reduce(Level.GREEN, Level::worse), List.copyOf(causes));
    }

    /** A street's or district's level from how many of its communities are red and amber. */
    static Level ofPlace(int communities, int red, int amber) {
        if (communities <= 0) {
            return Level.GREEN;
        }
        if (4 * red >= communities) {
            return Level.RED;
        }
        if (red > 0 || 4 * amber >= communities) {
            return Level.AMBER;
        }
        return Level.GREEN;
    }

    /** Fen amounts per channel, summed exactly (an overflow is an error, never a wrapped figure). */
    static long sum(Map<String, Long> perChannel) {
        if (perChannel == null) {
            return 0;
        }
        long total = 0;
        for (Long v : perChannel.values()) {
            total = Math.addExact(total, v == null ? 0 : v);
        }
        return total;
    }
}
