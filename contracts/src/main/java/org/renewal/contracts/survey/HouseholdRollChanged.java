package org.renewal.contracts.survey;

import java.math.BigDecimal;
import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code survey.HouseholdRollChanged} v1: the household roll (户册) of one building was set or
 * replaced. The basis of owners' votes (by exclusive area and by head) and of resident shares.
 * No personal data: an owner appears only as {@code ownerKey}, a keyed hash that is the same for every
 * unit the same owner holds in the district, so a multi-unit owner is counted once.
 *
 * @param communityId    the community
 * @param buildingNumber the building whose roll this is (楼号)
 * @param households     every household of the building, the whole roll
 * @param exclusiveArea  sum of the households' exclusive floor areas in m² (专有部分面积)
 */
public record HouseholdRollChanged(
        String communityId,
        String buildingNumber,
        List<Household> households,
        BigDecimal exclusiveArea) implements EventPayload {

    public static final String TYPE = "survey.HouseholdRollChanged";
    public static final int VERSION = 1;

    /**
     * One household (户).
     *
     * @param householdId   stable id within the community: {@code <building>-<entrance>-<room>}
     * @param entrance      entrance / unit (单元)
     * @param floor         floor (楼层)
     * @param room          room number (房号)
     * @param exclusiveArea exclusive floor area in m² (专有部分面积)
     * @param ownerKey      pseudonymous key of the owner (业主); equal keys mean the same owner
     */
    public record Household(String householdId, String entrance, int floor, String room, BigDecimal exclusiveArea,
                            String ownerKey) {
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
