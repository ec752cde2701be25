package org.renewal.plan.messaging;

import java.util.UUID;

/** Builders of survey-service's events as they appear on the wire. */
final class SurveyEvents {

    private SurveyEvents() {
    }

    static String communityRegistered(String eventId, String communityId, long version, String name, int households) {
        return """
                {"eventId":"%s","type":"survey.CommunityRegistered","version":1,
                 "occurredAt":"2026-11-25T01:00:00Z","aggregateId":"%s","aggregateVersion":%d,
                 "correlationId":"test","causationId":"test",
                 "payload":{"communityId":"%s","name":"%s","districtCode":"220302","streetCode":"220302001",
                   "buildYear":1994,"buildings":[{"number":"1","households":%d,"floorArea":1234.50}],
                   "buildingCount":1,"households":%d,"floorArea":1234.50}}"""
                .formatted(eventId, communityId, version, communityId, name, households, households);
    }

    static String communityRegistered(String communityId, long version, String name) {
        return communityRegistered(UUID.randomUUID().toString(), communityId, version, name, 30);
    }

    static String eligibilityAssessed(String eventId, String communityId, long version, String outcome, String score) {
        return """
                {"eventId":"%s","type":"survey.EligibilityAssessed","version":1,
                 "occurredAt":"2026-11-25T01:00:01Z","aggregateId":"%s","aggregateVersion":%d,
                 "correlationId":"test","causationId":"test",
                 "payload":{"communityId":"%s","districtCode":"220302","streetCode":"220302001","programmeYear":2026,
                   "outcome":"%s","clauses":[{"code":"BUILT_BY_2000","held":true}],"urgencyScore":%s}}"""
                .formatted(eventId, communityId, version, communityId, outcome, score);
    }

    static String communityReserved(String eventId, String communityId, long version, String outcome, String score) {
        return """
                {"eventId":"%s","type":"survey.CommunityReserved","version":1,
                 "occurredAt":"2026-11-25T01:00:02Z","aggregateId":"%s","aggregateVersion":%d,
                 "correlationId":"test","causationId":"test",
                 "payload":{"communityId":"%s","districtCode":"220302","streetCode":"220302001","programmeYear":2026,
                   "outcome":"%s","urgencyScore":%s,"buildYear":1994,"buildingCount":1,"households":30,
                   "floorArea":1234.50,"reason":"ELIGIBLE"}}"""
                .formatted(eventId, communityId, version, communityId, outcome, score);
    }
}
