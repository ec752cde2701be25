package org.renewal.survey.menu;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.renewal.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/survey/menu-items")
@Tag(name = "Questionnaires 意愿调查", description = "Residents' willingness and menu choices")
class MenuController {

    private final MenuCatalogue catalogue;

    MenuController(MenuCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Schema(name = "MenuItem", description = "An item of the renovation menu (改造菜单), as published by plan-service")
    record MenuItemView(@Schema(example = "ROOF_WATERPROOFING") String code,
                        @Schema(example = "屋面防水") String labelZh,
                        @Schema(example = "Roof waterproofing") String labelEn,
                        @Schema(example = "HOUSING_FUNCTION") String category,
                        @Schema(example = "BASIC") String nationalClass,
                        @Schema(example = "10") Integer displayOrder,
                        @Schema(description = "Retired items are no longer offered", example = "false") boolean retired,
                        @Schema(description = "null: the city's default; else the district's own item or copy",
                                example = "null") String districtCode) {

        static MenuItemView of(MenuItem i) {
            return new MenuItemView(i.code(), i.labelZh(), i.labelEn(), i.category(), i.nationalClass(),
                    i.displayOrder(), i.retired(), i.districtCode());
        }
    }

    @GetMapping
    @Operation(summary = "The menu residents choose from (改造菜单)", description = "Items as published by "
            + "plan-service for your district (the city's defaults with the district's own items and prices), in "
            + "\"inside first\" order (先里子、后面子). Questionnaire answers may name only items listed here and not "
            + "retired.")
    List<MenuItemView> items(Caller caller, @Parameter(description = "Include retired items", example = "false")
                             @RequestParam(defaultValue = "false") boolean includeRetired) {
        return catalogue.items(caller.districtCode(), includeRetired).stream().map(MenuItemView::of).toList();
    }
}
