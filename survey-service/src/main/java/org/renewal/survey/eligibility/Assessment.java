package org.renewal.survey.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An eligibility decision with its reasons.
 *
 * @param programmeYear  the year assessed
 * @param outcome        priority, by proportion or not eligible
 * @param clauses        every clause, whether it held, the data it used and where it comes from
 * @param urgency        the urgency score and its parts
 * @param settingsDigest the settings used, to notice a settings change
 * @param assessedAt     when
 */
public record Assessment(int programmeYear, EligibilityOutcome outcome, List<ClauseResult> clauses,
                         UrgencyScore urgency, String settingsDigest, Instant assessedAt) {

    /**
     * One clause's result.
     *
     * @param clause      the clause
     * @param held        whether it held
     * @param data        the facts and settings it used
     * @param explanation zh and en sentences with the numbers
     */
    public record ClauseResult(EligibilityClause clause, boolean held, Map<String, Object> data,
                               Explanation explanation) {
    }

    /** A sentence in Chinese and in English. */
    public record Explanation(String zh, String en) {
    }

    /** Same decision and reasons (ignoring when it was made)? */
    public boolean sameDecisionAs(Assessment other) {
        return other != null && programmeYear == other.programmeYear && outcome == other.outcome
                && clauses.stream().map(ClauseResult::held).toList()
                        .equals(other.clauses.stream().map(ClauseResult::held).toList())
                && urgency.score().compareTo(other.urgency.score()) == 0;
    }
}
