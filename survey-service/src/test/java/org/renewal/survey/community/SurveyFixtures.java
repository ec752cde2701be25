package org.renewal.survey.community;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.RawProducer;

/** Bodies and tokens for the survey journeys. */
final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** A full register entry; {@code extra} is spliced in as more JSON fields. */
    static String entry(String name, String street, int buildYear, String extra, String buildings) {
        return """
                {"name":"%s","districtCode":"220302","streetCode":"%s","buildYear":%d,%s"buildings":[%s]}"""
                .formatted(name, street, buildYear, extra.isEmpty() ? "" : extra + ",", buildings);
    }

    static String building(String number, int floors, Integer entrances, int households, String area) {
        return """
                {"number":"%s","floors":%d,%s"households":%d,"floorArea":%s}""".formatted(number, floors,
                entrances == null ? "" : "\"entrances\":" + entrances + ",", households, area);
    }

    static String household(String entrance, int floor, String room, String area, String owner) {
        return """
                {"entrance":"%s","floor":%d,"room":"%s","exclusiveArea":%s,"owner":%s}"""
                .formatted(entrance, floor, room, area, owner);
    }

    static String owner(String name, String idNumber, String phone) {
        return "{\"name\":\"" + name + "\"" + (idNumber == null ? "" : ",\"idNumber\":\"" + idNumber + "\"")
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + "}";
    }

    static String street() {
        // never a code another test of this JVM was given (a random pick collided with TestStreets' codes)
        return org.renewal.survey.TestStreets.next();
    }

    static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }

    static String resident(String communityId, String householdId) {
        return TestIssuer.get().token("resident-" + householdId, "RESIDENT",
                Map.of("district", "220302", "communityId", communityId, "householdId", householdId));
    }

    static String street(String streetCode) {
        return TestIssuer.get().token("street-" + streetCode, "STREET",
                Map.of("district", "220302", "street", streetCode));
    }

    /** Publishes catalogue items as plan-service would, through the real broker. */
    static void publishMenu(EventEnvelopes envelopes, MenuItemPublished... items) {
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            for (MenuItemPublished item : items) {
                String id = item.districtCode() == null ? item.code() : item.districtCode() + ":" + item.code();
                producer.send(PlanTopics.MENU, id, envelopes.write(envelopes.wrap(id, System.nanoTime(), Instant.now(),
                        item)));
            }
        }
    }

    /** Retires an item in one district, as plan-service would (a district copy, then its retirement). */
    static void retireMenuItem(EventEnvelopes envelopes, String code, String district) {
        String id = district + ":" + code;
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            producer.send(PlanTopics.MENU, id, envelopes.write(envelopes.wrap(id, System.nanoTime(), Instant.now(),
                    new MenuItemRetired(code, district))));
        }
    }
}
