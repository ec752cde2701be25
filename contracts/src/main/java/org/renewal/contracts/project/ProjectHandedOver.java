package org.renewal.contracts.project;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.ProjectHandedOver} v1: the accepted works were handed to the street and community for maintenance (移交).
 *
 * @param projectId    the project
 * @param communityId  the community
 * @param streetCode   the receiving street
 * @param handedOverOn the date
 */
public record ProjectHandedOver(
        String projectId,
        String communityId,
        String streetCode,
        LocalDate handedOverOn) implements EventPayload {

    public static final String TYPE = "project.ProjectHandedOver";
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
        return ProjectTopics.PROJECT;
    }
}
