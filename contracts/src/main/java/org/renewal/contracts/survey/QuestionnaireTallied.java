package org.renewal.contracts.survey;

import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code survey.QuestionnaireTallied} v1: the residents' questionnaire (意愿调查 / 菜单自选) of a
 * community has new totals. Counts only; no answers of single households.
 *
 * @param communityId          the community
 * @param households           households of the community (the denominator of rates)
 * @param respondents          households that answered
 * @param willing              households willing to renovate
 * @param willingToContribute  households willing to contribute money
 * @param items                per menu item code, households that chose it, in catalogue order
 * @param buildings            per building, respondents, willing households and item counts
 */
public record QuestionnaireTallied(
        String communityId,
        int households,
        int respondents,
        int willing,
        int willingToContribute,
        List<ItemCount> items,
        List<BuildingTally> buildings) implements EventPayload {

    public static final String TYPE = "survey.QuestionnaireTallied";
    public static final int VERSION = 1;

    /** Households that chose a menu item. */
    public record ItemCount(String code, int households) {
    }

    /** The tally of one building. */
    public record BuildingTally(String number, int respondents, int willing, List<ItemCount> items) {
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
        return SurveyTopics.COMMUNITY;
    }
}
