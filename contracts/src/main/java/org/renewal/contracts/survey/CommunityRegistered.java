package org.renewal.contracts.survey;

import java.math.BigDecimal;
import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code survey.CommunityRegistered} v1: a community was entered in the register (登记造册).
 * Carries no personal data. Totals are derived from the buildings.
 *
 * @param communityId   the community's id in survey-service
 * @param name          the community's name (小区名称)
 * @param districtCode  6-digit administrative division code of the district (区县)
 * @param streetCode    9-digit statistical division code of the street (街道)
 * @param committeeCode 12-digit statistical code of the community committee (社区居委会), if known
 * @param buildYear     year the community was built (建成年份)
 * @param propertyRight property-right nature (产权性质), a code of survey's {@code propertyRights} dictionary
 * @param buildings     its buildings
 * @param buildingCount number of buildings
 * @param households    total households (户数)
 * @param floorArea     total floor area in square metres (建筑面积), two decimals
 * @param latitude      WGS-84 latitude of the community, if surveyed (added in v1; absent from older events)
 * @param longitude     WGS-84 longitude of the community, if surveyed
 */
public record CommunityRegistered(
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

    public static final String TYPE = "survey.CommunityRegistered";
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
