package org.renewal.survey.community;

import java.time.Instant;
import org.renewal.platform.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.renewal.platform.dictionary.Labelled;
import org.renewal.platform.web.ETags;
import org.renewal.survey.eligibility.Assessment;
import org.renewal.survey.eligibility.EligibilityClause;
import org.renewal.survey.eligibility.EligibilityOutcome;
import org.renewal.survey.eligibility.EligibilityRule;
import org.renewal.survey.eligibility.EligibilitySettings;
import org.renewal.survey.eligibility.UrgencyScore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Eligibility 改造范围", description = "Which communities qualify and why (四(一) 改造范围)")
class EligibilityController {

    private final CommunityService communities;
    private final EligibilityRule rule;

    EligibilityController(CommunityService communities, EligibilityRule rule) {
        this.communities = communities;
        this.rule = rule;
    }

    @GetMapping("/api/survey/communities/{id}/eligibility")
    @Operation(summary = "A community's eligibility with reasons (改造范围认定)", description = "Every clause of the rule "
            + "with whether it held, the data it used, a sentence in Chinese and English, and its source (《铁西区城区"
            + "老旧小区改造实施方案（试行）》解读 四(一)). Priority: built in or before 2000 AND no comprehensive "
            + "renovation in the 5 years up to the programme year AND not in the 5-year demolition plan. By "
            + "proportion: built after 2000 AND facilities clearly insufficient AND management inadequate AND "
            + "willing households ≥ 2/3 AND the same two exclusions. Numbers are the programme settings. The urgency "
            + "score and its parts come with it.")
    EligibilityView eligibility(Caller caller, @PathVariable String id,
            @Parameter(description = "Programme year; default the current programme year", example = "2026")
            @RequestParam(required = false) @Min(1990) @Max(2100) Integer year) {
        return EligibilityView.of(id, communities.eligibility(caller, id, year));
    }

    @GetMapping("/api/survey/eligibility-settings")
    @Operation(summary = "The programme settings of the eligibility rule", description = "Set in configuration "
            + "(renewal.survey.eligibility.*); a change reassesses every community.")
    SettingsView settings() {
        EligibilitySettings s = rule.settings();
        return new SettingsView(rule.defaultYear(), s.cutoffYear(), s.recentRenovationYears(),
                s.willingnessNumerator() + "/" + s.willingnessDenominator(), s.deficiencyThreshold(),
                s.inadequateManagementCodes(), EligibilityClause.SOURCE);
    }

    @PutMapping("/api/survey/communities/{id}/recorded-willingness")
    @Operation(summary = "Record willingness from a survey outside the questionnaire (入户调查意愿)",
            description = "Eligibility uses the larger of this figure and the questionnaire's willing count (never "
                    + "their sum). Reassesses the community.")
    ResponseEntity<CommunityView> recordWillingness(Caller caller, @PathVariable String id,
            @Valid @RequestBody CommunityRequests.Willingness request) {
        Community community = communities.recordWillingness(caller, id, request);
        return ResponseEntity.ok().eTag(ETags.of(community.getVersion())).body(CommunityView.of(community));
    }

    @Schema(name = "EligibilitySettings")
    record SettingsView(@Schema(example = "2026") int programmeYear,
                        @Schema(description = "Built in or before: old (2000)", example = "2000") int cutoffYear,
                        @Schema(description = "A renovation fewer years ago is recent", example = "5")
                        int recentRenovationYears,
                        @Schema(description = "Willing share of households required", example = "2/3")
                        String willingnessShare,
                        @Schema(description = "Deficiencies that make facilities clearly insufficient", example = "3")
                        int deficiencyThreshold,
                        @Schema(description = "Management statuses counted inadequate")
                        List<String> inadequateManagement,
                        @Schema(example = "《铁西区城区老旧小区改造实施方案（试行）》解读 四(一) 改造范围") String source) {
    }

    @Schema(name = "Eligibility")
    record EligibilityView(
            @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") String communityId,
            @Schema(example = "2026") int programmeYear,
            @Schema(example = "PRIORITY") EligibilityOutcome outcome,
            Labelled.Label outcomeLabel,
            @Schema(example = "true") boolean eligible,
            List<ClauseView> clauses,
            UrgencyScore urgency,
            Instant assessedAt,
            @Schema(example = "《铁西区城区老旧小区改造实施方案（试行）》解读 四(一) 改造范围") String source) {

        static EligibilityView of(String id, Assessment a) {
            return new EligibilityView(id, a.programmeYear(), a.outcome(), a.outcome().label(), a.outcome().eligible(),
                    a.clauses().stream().map(c -> new ClauseView(c.clause(), c.clause().label(),
                            c.clause().conditionOf(), c.held(), c.data(), c.explanation())).toList(),
                    a.urgency(), a.assessedAt(), EligibilityClause.SOURCE);
        }
    }

    @Schema(name = "EligibilityClauseResult")
    record ClauseView(@Schema(example = "BUILT_BY_CUTOFF") EligibilityClause clause,
                      Labelled.Label label,
                      @Schema(description = "Outcomes this clause is a condition of") Set<EligibilityOutcome> conditionOf,
                      @Schema(example = "true") boolean held,
                      @Schema(example = "{\"buildYear\": 1994, \"cutoffYear\": 2000}") Map<String, Object> data,
                      Assessment.Explanation explanation) {
    }
}
