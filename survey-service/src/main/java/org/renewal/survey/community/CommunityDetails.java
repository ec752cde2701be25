package org.renewal.survey.community;

import java.util.List;

/** What the register records about a community, already validated. */
record CommunityDetails(String name, String districtCode, String streetCode, String address, int buildYear,
                        List<Building> buildings) {
}
