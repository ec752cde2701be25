package org.renewal.survey.community;

import java.time.Instant;
import java.util.List;

/**
 * One household's answer to the questionnaire (意愿调查 / 菜单自选); a new answer replaces it.
 *
 * @param householdId         the household
 * @param buildingNumber      its building
 * @param willing             willing to renovate (改造意愿)
 * @param items               menu item codes wanted (菜单自选)
 * @param willingToContribute willing to contribute money (出资意愿)
 * @param answeredBy          subject of the token that recorded it (the resident, or staff on paper's behalf)
 * @param answeredAt          when
 */
record QuestionnaireAnswer(String householdId, String buildingNumber, boolean willing, List<String> items,
                           boolean willingToContribute, String answeredBy, Instant answeredAt) {
}
