package org.renewal.contracts.project;

import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.AcceptanceFailed} v1: a joint completion acceptance failed: at least one required party signed fail.
 *
 * @param projectId  the project
 * @param attempt    which acceptance
 * @param failedBy   the parties that signed fail
 * @param punchItems what must be fixed before the next acceptance (整改事项)
 */
public record AcceptanceFailed(
        String projectId,
        int attempt,
        List<String> failedBy,
        List<String> punchItems) implements EventPayload {

    public static final String TYPE = "project.AcceptanceFailed";
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
