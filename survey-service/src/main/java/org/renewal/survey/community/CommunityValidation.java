package org.renewal.survey.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.renewal.platform.web.FieldProblem;
import org.renewal.survey.eligibility.EligibilityRule;

/**
 * The rules of a register entry that span fields (annotations check single fields). Used by the API
 * and by the import, so both refuse the same things with the same words.
 */
final class CommunityValidation {

    private CommunityValidation() {
    }

    /** Problems of an entry whose single fields are valid; empty when it may be stored. */
    static List<FieldProblem> problems(CommunityRequests.Register r) {
        List<FieldProblem> errors = new ArrayList<>();
        int thisYear = LocalDate.now(EligibilityRule.BUSINESS_ZONE).getYear();
        if (!r.streetCode().startsWith(r.districtCode())) {
            errors.add(new FieldProblem("streetCode", "community.streetOutsideDistrict"));
        }
        if (r.committeeCode() != null && !r.committeeCode().startsWith(r.streetCode())) {
            errors.add(new FieldProblem("committeeCode", "community.committeeOutsideStreet"));
        }
        if (r.buildYear() > thisYear) {
            errors.add(new FieldProblem("buildYear", "community.buildYearInFuture"));
        }
        if (r.lastRenovationYear() != null) {
            if (r.lastRenovationYear() > thisYear) {
                errors.add(new FieldProblem("lastRenovationYear", "community.renovationInFuture"));
            } else if (r.lastRenovationYear() < r.buildYear()) {
                errors.add(new FieldProblem("lastRenovationYear", "community.renovationBeforeBuilt"));
            }
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < r.buildings().size(); i++) {
            CommunityRequests.BuildingInput b = r.buildings().get(i);
            if (!numbers.add(b.number().trim())) {
                errors.add(new FieldProblem("buildings[" + i + "].number", "community.duplicateBuildingNumber"));
            }
            if (b.entrances() != null && b.entrances() > b.households()) {
                errors.add(new FieldProblem("buildings[" + i + "].entrances", "community.moreEntrancesThanHouseholds"));
            }
        }
        return errors;
    }

    /** The stored form of a valid entry. */
    static CommunityDetails details(CommunityRequests.Register r) {
        Location location = r.location() == null ? null
                : new Location(r.location().latitude(), r.location().longitude());
        List<FacilityDeficiency> deficiencies = r.facilityDeficiencies() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(r.facilityDeficiencies()));
        return new CommunityDetails(r.name().strip(), r.districtCode(), r.streetCode(), r.committeeCode(),
                r.address() == null ? null : r.address().strip(), location, r.buildYear(), r.propertyRight(),
                r.managementStatus(), r.lastRenovationYear(), Boolean.TRUE.equals(r.inDemolitionPlan()), deficiencies,
                r.buildings().stream()
                        .map(b -> Building.registered(b.number().strip(), b.floors(), b.entrances(), b.households(),
                                b.floorArea(), Boolean.TRUE.equals(b.hasElevator())))
                        .toList());
    }
}
