package org.renewal.plan.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * Choosing a programme year's batch from the reserve (选定年度改造批次). Reserved communities are taken in urgency
 * order until the year's communities target is met; a community already in another year's batch is skipped
 * ({@code IN_ANOTHER_BATCH}), and once the target is met the rest are skipped ({@code TARGET_REACHED}).
 *
 * <p>The by-proportion cap: communities that qualify only by proportion (post-2000 buildings, eligibility
 * {@code BY_PROPORTION}; seed: 2000年底后建成的住宅楼 may be included only where conditions allow) may be at most
 * {@code capPercent} % of the batch. A by-proportion community is taken only when the share <em>after</em> taking it,
 * (byProportion + 1) / (batch + 1), does not exceed the cap — compared in integers, so a share of exactly the cap
 * is allowed ({@code BY_PROPORTION_CAP} otherwise). Choosing again keeps the communities already in the batch.
 * Pure: no store, no clock.
 */
final class BatchSelection {

    static final String IN_ANOTHER_BATCH = "IN_ANOTHER_BATCH";
    static final String TARGET_REACHED = "TARGET_REACHED";
    static final String BY_PROPORTION_CAP = "BY_PROPORTION_CAP";
    static final String BY_PROPORTION = "BY_PROPORTION";

    private BatchSelection() {
    }

    /** A reserved community as the selection sees it. */
    record Candidate(String id, String name, String eligibility, Integer batchYear) {

        boolean byProportion() {
            return BY_PROPORTION.equals(eligibility);
        }
    }

    /** The batch (ids, those kept first), the communities newly added to it, and every skip with its reason. */
    record Result(List<String> batch, List<String> added, List<AnnualProgramme.Skip> skipped) {
    }

    /**
     * @param reserve    the district's reserved communities, most urgent first
     * @param current    the batch as chosen before (kept)
     * @param target     the year's communities target
     * @param capPercent the by-proportion cap, 0–100
     */
    static Result choose(int year, List<Candidate> reserve, List<String> current, int target, int capPercent) {
        if (target < 0 || capPercent < 0 || capPercent > 100) {
            throw new IllegalArgumentException("target " + target + ", cap " + capPercent + " %");
        }
        List<String> batch = new ArrayList<>(current);
        List<String> added = new ArrayList<>();
        List<AnnualProgramme.Skip> skipped = new ArrayList<>();
        long byProportion = reserve.stream().filter(c -> batch.contains(c.id()) && c.byProportion()).count();
        for (Candidate c : reserve) {
            if (batch.contains(c.id())) {
                continue;
            }
            if (c.batchYear() != null && c.batchYear() != year) {
                skipped.add(new AnnualProgramme.Skip(c.id(), c.name(), IN_ANOTHER_BATCH));
                continue;
            }
            if (batch.size() >= target) {
                skipped.add(new AnnualProgramme.Skip(c.id(), c.name(), TARGET_REACHED));
                continue;
            }
            if (c.byProportion() && (byProportion + 1) * 100L > (long) capPercent * (batch.size() + 1)) {
                skipped.add(new AnnualProgramme.Skip(c.id(), c.name(), BY_PROPORTION_CAP));
                continue;
            }
            batch.add(c.id());
            added.add(c.id());
            byProportion += c.byProportion() ? 1 : 0;
        }
        return new Result(List.copyOf(batch), List.copyOf(added), List.copyOf(skipped));
    }
}
