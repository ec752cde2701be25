package org.renewal.survey.community;

import org.renewal.survey.eligibility.ManagementStatus;
import java.util.List;

/** What the register records about a community, already validated. */
record CommunityDetails(String name, String districtCode, String streetCode, String committeeCode, String address,
                        Location location, int buildYear, PropertyRight propertyRight,
                        ManagementStatus managementStatus, Integer lastRenovationYear, boolean inDemolitionPlan,
                        List<FacilityDeficiency> facilityDeficiencies, List<Building> buildings) {
}
