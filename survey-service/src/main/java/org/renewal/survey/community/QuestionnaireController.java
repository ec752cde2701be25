package org.renewal.survey.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.renewal.contracts.survey.QuestionnaireTallied;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.survey.menu.MenuCatalogue;
import org.renewal.survey.menu.MenuItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/survey/communities/{id}/questionnaire")
@Tag(name = "Questionnaires 意愿调查", description = "Residents' willingness and menu choices")
class QuestionnaireController {

    private final QuestionnaireService questionnaires;
    private final CommunityService communities;
    private final MenuCatalogue menu;

    QuestionnaireController(QuestionnaireService questionnaires, CommunityService communities, MenuCatalogue menu) {
        this.questionnaires = questionnaires;
        this.communities = communities;
        this.menu = menu;
    }

    @PutMapping("/answers/{householdId}")
    @Operation(summary = "Answer for a household (填写意愿调查)", description = "One answer per household: answering "
            + "again replaces the earlier answer. A resident answers for their own household (token claims "
            + "communityId and householdId); the district office and the street enter paper answers. Household ids "
            + "are <building>-<entrance>-<room>; when the building has a roll the household must be in it. "
            + "Reassesses eligibility (willingness) and announces survey.QuestionnaireTallied.")
    @ApiResponse(responseCode = "200", description = "The answer as stored")
    @ApiResponse(responseCode = "400", description = "Unknown or retired menu item, named by its index in items[]",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "403", description = "Not your household (NOT_YOUR_HOUSEHOLD)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    QuestionnaireAnswer answer(Caller caller, @PathVariable String id, @PathVariable String householdId,
                               @Valid @RequestBody QuestionnaireRequests.Answer request) {
        Community community = questionnaires.answer(caller, id, householdId, request);
        return community.answers().stream().filter(a -> a.householdId().equals(householdId)).findFirst().orElseThrow();
    }

    @GetMapping("/answers/{householdId}")
    @Operation(summary = "Read a household's answer", description = "A resident reads only their own.")
    QuestionnaireAnswer answerOf(Caller caller, @PathVariable String id, @PathVariable String householdId) {
        return questionnaires.answerOf(caller, id, householdId);
    }

    @GetMapping
    @Operation(summary = "Tallies of a community's questionnaire (调查结果统计)", description = "Response rate, "
            + "willingness, willingness to contribute, and households per menu item — for the community and per "
            + "building. Counts only; residents of the community may read it too (成果共享).")
    TallyView tally(Caller caller, @PathVariable String id) {
        if ((caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE)) && !id.equals(caller.communityId())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", id);
        }
        Community community = communities.get(caller, id);
        QuestionnaireTallied tally = Questionnaires.tally(community);
        Map<String, MenuItem> items = menu.find(tally.items().stream().map(QuestionnaireTallied.ItemCount::code).toList(),
                community.districtCode());
        return new TallyView(id, tally.households(), tally.respondents(), percent(tally.respondents(), tally.households()),
                tally.willing(), percent(tally.willing(), tally.households()), tally.willingToContribute(),
                tally.items().stream().map(i -> ItemView.of(i, items.get(i.code()))).toList(),
                tally.buildings().stream().map(b -> new BuildingTallyView(b.number(),
                        community.building(b.number()).households(), b.respondents(), b.willing(),
                        b.items().stream().map(i -> ItemView.of(i, items.get(i.code()))).toList())).toList(),
                community.updatedAt());
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    @Schema(name = "QuestionnaireTally")
    record TallyView(@Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") String communityId,
                     @Schema(example = "84") int households,
                     @Schema(example = "60") int respondents,
                     @Schema(description = "Respondents per 100 households", example = "71.43") BigDecimal responseRate,
                     @Schema(example = "57") int willing,
                     @Schema(description = "Willing per 100 households", example = "67.86") BigDecimal willingShare,
                     @Schema(example = "41") int willingToContribute,
                     List<ItemView> items,
                     List<BuildingTallyView> buildings,
                     Instant asOf) {
    }

    @Schema(name = "QuestionnaireBuildingTally")
    record BuildingTallyView(@Schema(example = "1") String number, @Schema(example = "48") int households,
                             @Schema(example = "35") int respondents, @Schema(example = "33") int willing,
                             List<ItemView> items) {
    }

    @Schema(name = "QuestionnaireItemCount")
    record ItemView(@Schema(example = "ROOF_WATERPROOFING") String code, @Schema(example = "屋面防水") String labelZh,
                    @Schema(example = "Roof waterproofing") String labelEn, @Schema(example = "52") int households) {

        static ItemView of(QuestionnaireTallied.ItemCount count, MenuItem item) {
            return new ItemView(count.code(), item == null ? null : item.labelZh(), item == null ? null : item.labelEn(),
                    count.households());
        }
    }
}
