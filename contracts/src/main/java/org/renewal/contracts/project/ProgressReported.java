package org.renewal.contracts.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.ProgressReported} v1: progress of one plan item was reported by a participating unit.
 *
 * @param projectId    the project
 * @param lineId       the plan item line
 * @param percent      percent complete, 0–100
 * @param actualStart  actual start, if started
 * @param actualFinish actual finish, if finished
 * @param overall      the project's percent complete (cost-weighted), 0–100 with two decimals
 */
public record ProgressReported(
        String projectId,
        String lineId,
        int percent,
        LocalDate actualStart,
        LocalDate actualFinish,
        BigDecimal overall) implements EventPayload {

    public static final String TYPE = "project.ProgressReported";
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
