package org.renewal.survey.community;

import java.time.LocalDate;

/** A willingness figure from a survey done outside the questionnaire (e.g. a door-to-door paper survey). */
record RecordedWillingness(int willingHouseholds, LocalDate surveyedOn, String note) {
}
