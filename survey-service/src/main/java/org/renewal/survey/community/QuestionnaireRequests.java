package org.renewal.survey.community;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the questionnaire. */
final class QuestionnaireRequests {

    private QuestionnaireRequests() {
    }

    @Schema(name = "QuestionnaireAnswer", description = "One household's answer (意愿调查 / 菜单自选)")
    record Answer(
            @Schema(description = "Willing to renovate (同意改造)", example = "true") @NotNull Boolean willing,
            @Schema(description = "Menu items wanted (菜单自选), codes from GET /api/survey/menu-items",
                    example = "[\"ROOF_WATERPROOFING\", \"STAIRWELL_LIGHTING\"]")
            @Size(max = 100) List<@NotBlank @Size(max = 60) String> items,
            @Schema(description = "Willing to contribute money (愿意出资)", example = "true", defaultValue = "false")
            Boolean willingToContribute) {
    }
}
