package org.renewal.survey.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.renewal.survey.menu.MenuCatalogue;
import org.renewal.survey.menu.MenuItem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The residents' questionnaire (意愿调查 / 菜单自选): one answer per household, an answer again replaces
 * the earlier one. A resident answers for their own household only; the district office and the street
 * enter paper answers on a household's behalf.
 */
@Service
class QuestionnaireService {

    private final CommunityService communities;
    private final MenuCatalogue menu;

    QuestionnaireService(CommunityService communities, MenuCatalogue menu) {
        this.communities = communities;
        this.menu = menu;
    }

    Community answer(Caller caller, String communityId, String householdId, QuestionnaireRequests.Answer request) {
        requireOwnHousehold(caller, communityId, householdId);
        List<String> items = request.items() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.items()));
        Map<String, MenuItem> known = menu.find(items, communities.place(caller, communityId).districtCode());
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MenuItem item = known.get(items.get(i));
            if (item == null) {
                errors.add(new FieldProblem("items[" + i + "]", "questionnaire.unknownItem"));
            } else if (item.retired()) {
                errors.add(new FieldProblem("items[" + i + "]", "questionnaire.retiredItem"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return communities.change(caller, communityId, community -> {
            String building = buildingOf(community, householdId);
            community.answer(new QuestionnaireAnswer(householdId, building, request.willing(), items,
                    Boolean.TRUE.equals(request.willingToContribute()), caller.subject(), Instant.now()));
        });
    }

    /** One household's answer: the resident's own, or any for the offices. */
    QuestionnaireAnswer answerOf(Caller caller, String communityId, String householdId) {
        requireOwnHousehold(caller, communityId, householdId);
        Community community = communities.get(caller, communityId);
        return community.answers().stream().filter(a -> a.householdId().equals(householdId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("ANSWER_NOT_FOUND", householdId, communityId));
    }

    /**
     * The building of a household: from the roll when its building has one; otherwise the household id
     * names it ({@code <building>-<entrance>-<room>}) and the building may not get more answers than it
     * has households.
     */
    private static String buildingOf(Community community, String householdId) {
        for (Building building : community.buildings()) {
            if (building.hasRoll() && building.roll().stream().anyMatch(h -> h.householdId().equals(householdId))) {
                return building.number();
            }
        }
        int lastDash = householdId.lastIndexOf('-');
        int entranceDash = lastDash < 1 ? -1 : householdId.lastIndexOf('-', lastDash - 1);
        String number = entranceDash < 1 ? null : householdId.substring(0, entranceDash);
        Building building = community.buildings().stream().filter(b -> b.number().equals(number)).findFirst()
                .orElseThrow(() -> ApiException.notFound("HOUSEHOLD_NOT_FOUND", householdId, community.getId()));
        if (building.hasRoll()) {
            throw ApiException.notFound("HOUSEHOLD_NOT_FOUND", householdId, community.getId());
        }
        boolean known = community.answers().stream().anyMatch(a -> a.householdId().equals(householdId));
        long answered = community.answers().stream().filter(a -> a.buildingNumber().equals(number)).count();
        if (!known && answered >= building.households()) {
            throw ApiException.ruleViolated("BUILDING_FULLY_ANSWERED", number, building.households());
        }
        return number;
    }

    private static void requireOwnHousehold(Caller caller, String communityId, String householdId) {
        boolean office = caller.has(Role.DISTRICT_OFFICE) || caller.has(Role.STREET);
        boolean self = caller.has(Role.RESIDENT) && communityId.equals(caller.communityId())
                && householdId.equals(caller.householdId());
        if (!office && !self) {
            throw new ApiException(HttpStatus.FORBIDDEN, "NOT_YOUR_HOUSEHOLD", householdId);
        }
    }
}
