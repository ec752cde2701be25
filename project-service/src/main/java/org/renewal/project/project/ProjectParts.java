package org.renewal.project.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;

/** The parts of a project, as stored. */
final class ProjectParts {

    private ProjectParts() {
    }

    /** A plan item being built: the plan's line with its progress. */
    record Item(String lineId, String code, String labelZh, BigDecimal quantity, String unit, long cost,
                List<String> buildings, List<String> entrances, LocalDate plannedStart, LocalDate plannedFinish,
                int percent, LocalDate actualStart, LocalDate actualFinish, boolean lateAnnounced,
                List<Report> reports) {

        Item withProgress(int newPercent, LocalDate start, LocalDate finish, Report report) {
            List<Report> all = new java.util.ArrayList<>(reports);
            all.add(report);
            return new Item(lineId, code, labelZh, quantity, unit, cost, buildings, entrances, plannedStart,
                    plannedFinish, newPercent, start, finish, lateAnnounced, List.copyOf(all));
        }

        Item announcedLate() {
            return new Item(lineId, code, labelZh, quantity, unit, cost, buildings, entrances, plannedStart,
                    plannedFinish, percent, actualStart, actualFinish, true, reports);
        }

        /** Late: finished after its planned finish, or not finished when the planned finish has passed. */
        boolean lateOn(LocalDate today) {
            return actualFinish != null ? actualFinish.isAfter(plannedFinish)
                    : today.isAfter(plannedFinish);
        }
    }

    /** A progress report by a unit. */
    record Report(int percent, String note, List<String> photos, String reason, String by, @Schema(example = "CONTRACTOR") String unitRole,
                  Instant at) {
    }

    /** A unit under contract for a role, with its tender record. */
    record ContractedUnit(UnitRole role, String name, String creditCode, String contact, TenderMethod method,
                          LocalDate tenderDate, long contractAmount, String contractNo, Instant recordedAt) {
    }

    /** A resident's supervision remark (建设共管) and the project's answer. */
    record Remark(String id, String householdId, String by, String text, List<String> photos, Instant at,
                  Answer answer) {

        Remark answered(Answer given) {
            return new Remark(id, householdId, by, text, photos, at, given);
        }
    }

    /** An answer to a remark. */
    record Answer(String text, String by, Instant at) {
    }

    /** An inspection finding and, once rectified, its closure. */
    record Finding(String id, FindingSeverity severity, String description, String lineId, UnitRole responsible,
                   LocalDate deadline, String openedBy, Instant openedAt, Closure closure) {

        boolean open() {
            return closure == null;
        }

        Finding closed(Closure given) {
            return new Finding(id, severity, description, lineId, responsible, deadline, openedBy, openedAt, given);
        }
    }

    /** Rectification evidence. */
    record Closure(String evidence, List<String> photos, String by, LocalDate on, Instant at) {
    }

    /** One joint completion acceptance and its signatures. */
    record Acceptance(int attempt, String organisedBy, LocalDate date, List<Signature> signatures, @Schema(example = "PASSED") String outcome,
                      Instant decidedAt) {

        Acceptance signed(Signature signature) {
            List<Signature> all = new java.util.ArrayList<>(signatures);
            all.add(signature);
            return new Acceptance(attempt, organisedBy, date, List.copyOf(all), outcome, decidedAt);
        }

        Acceptance decided(String result) {
            return new Acceptance(attempt, organisedBy, date, signatures, result, Instant.now());
        }
    }

    /** One party's signature: pass or fail, remarks, punch items. */
    record Signature(AcceptanceParty party, boolean passed, String remarks, List<String> punchItems, String by,
                     Instant at) {
    }

    /** The city's comprehensive evaluation; its satisfaction part as decided from the residents' result. */
    record Evaluation(int quality, int schedule, int satisfaction, int cost, BigDecimal score, Grade grade,
                      String remarks, String by, Instant at, Satisfaction satisfactionBasis) {
    }

    /**
     * Where the evaluation's satisfaction points come from: {@code RESIDENTS} (the published result, confirmed) or
     * {@code CITY_OVERRIDE} (the city office's figure, with its reason); beside it the residents' own figures.
     */
    record Satisfaction(int points, @Schema(example = "RESIDENTS") String source, Integer residentsPoints, BigDecimal residentsOverall,
                        int respondents, int households, String overrideReason) {
    }

    /** The handover to the street and community. */
    record Handover(String streetCode, LocalDate on, String note, String by, Instant at) {
    }
}
