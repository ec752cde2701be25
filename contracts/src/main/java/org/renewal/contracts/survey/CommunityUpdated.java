package org.renewal.contracts.survey;

import java.math.BigDecimal;
import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code survey.CommunityUpdated} v1: a community's register entry changed (an edit, an import, or a
 * household roll that changed a building's counts). Carries the whole entry as it now stands, with
 * the same fields as {@link CommunityRegistered}; no personal data.
 */
public record CommunityUpdated(
        String communityId,
        String name,
        String districtCode,
        String streetCode,
        String committeeCode,
        int buildYear,
        String propertyRight,
        List<Building> buildings,
        int buildingCount,
        int households,
        BigDecimal floorArea,
        BigDecimal latitude,
        BigDecimal longitude) implements EventPayload, CommunityFacts {

    public static final String TYPE = "survey.CommunityUpdated";
    public static final int VERSION = 1;

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
