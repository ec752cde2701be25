package org.renewal.contracts.governance;

import java.math.BigDecimal;
import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code governance.SatisfactionPublished} v1: the residents' satisfaction evaluation (效果共评) of a community closed and its results were published.
 *
 * @param communityId the community
 * @param households  households of the community
 * @param respondents households that answered
 * @param overall     average overall score, 1–5 with two decimals
 * @param categories  average score per menu category
 */
public record SatisfactionPublished(
        String communityId,
        int households,
        int respondents,
        BigDecimal overall,
        List<CategoryScore> categories) implements EventPayload {

    public static final String TYPE = "governance.SatisfactionPublished";
    public static final int VERSION = 1;

    /** The average score of one menu category. */
    public record CategoryScore(String category, BigDecimal average, int answers) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int eventVersion() {
        return VERSION;
    }

    @Override
    public String topic() {
        return GovernanceTopics.COMMUNITY;
    }
}
