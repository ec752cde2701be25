package org.renewal.contracts.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The register facts of a community that {@link CommunityRegistered} and {@link CommunityUpdated}
 * both carry in full, so a consumer can apply either the same way. No personal data.
 */
public interface CommunityFacts {

    String communityId();

    String name();

    String districtCode();

    String streetCode();

    String committeeCode();

    int buildYear();

    String propertyRight();

    List<Building> buildings();

    int buildingCount();

    int households();

    BigDecimal floorArea();

    /** WGS-84 latitude, or null when not surveyed. */
    BigDecimal latitude();

    /** WGS-84 longitude, or null when not surveyed. */
    BigDecimal longitude();

    /**
     * One building (楼栋): number, floors, entrances (单元数), households (户数, from its household roll
     * when it has one), floor area in m² and whether it has an elevator.
     */
    record Building(String number, Integer floors, Integer entrances, int households, BigDecimal floorArea,
                    boolean hasElevator) {
    }
}
