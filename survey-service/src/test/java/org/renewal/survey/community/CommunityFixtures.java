package org.renewal.survey.community;

/** Small builders of register requests. */
final class CommunityFixtures {

    private CommunityFixtures() {
    }

    static String community(String name) {
        return community(name, "220302", "220302001", 1994, building("1", 48, "3120.50") + "," + building("2", 36, "2480.00"));
    }

    static String community(String name, String district, String street, int buildYear, String buildings) {
        return """
                {"name":"%s","districtCode":"%s","streetCode":"%s","buildYear":%d,"buildings":[%s]}"""
                .formatted(name, district, street, buildYear, buildings);
    }

    static String building(String number, int households, String floorArea) {
        return """
                {"number":"%s","floors":6,"households":%d,"floorArea":%s}""".formatted(number, households, floorArea);
    }
}
