package org.renewal.plan.menu;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plan/menu-items")
@Tag(name = "Menu 改造菜单", description = "The renovation menu residents choose from (四(三)): the city's default "
        + "catalogue, which each district extends, re-prices and retires for itself")
class MenuController {

    private final MenuEditing editing;
    private final Catalogue catalogue;

    MenuController(MenuEditing editing, Catalogue catalogue) {
        this.editing = editing;
        this.catalogue = catalogue;
    }

    @Schema(name = "PlanMenuItem", description = "An item of the renovation menu (改造菜单项)")
    record MenuItemView(@Schema(example = "ROOF_WATERPROOFING") String code,
                        @Schema(example = "屋面防水") String labelZh,
                        @Schema(example = "Roof waterproofing") String labelEn,
                        @Schema(example = "HOUSING_FUNCTION") MenuCategory category,
                        @Schema(example = "BASIC") NationalClass nationalClass,
                        @Schema(example = "m2") String unit,
                        @Schema(description = "Unit cost in fen (分)", example = "8000") long unitCost,
                        @Schema(example = "10") int displayOrder,
                        @Schema(example = "false") boolean retired,
                        @Schema(description = "null: the city's default; else the district's own item or copy",
                                example = "220302") String districtCode) {

        static MenuItemView of(MenuItem i) {
            return new MenuItemView(i.code(), i.labelZh(), i.labelEn(), i.category(), i.nationalClass(), i.unit(),
                    i.unitCost(), i.displayOrder(), i.retired(), i.districtCode());
        }
    }

    @Schema(name = "NewMenuItem", description = "A district's own menu item")
    record NewItem(@Schema(example = "SNOW_MELTING_DRAINS") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,59}") String code,
                   @Schema(example = "融雪排水沟") @NotBlank @Size(max = 100) String labelZh,
                   @Schema(example = "Snow-melt drains") @NotBlank @Size(max = 200) String labelEn,
                   @Schema(example = "INFRASTRUCTURE") @NotNull MenuCategory category,
                   @Schema(example = "BASIC") @NotNull NationalClass nationalClass,
                   @Schema(example = "m") @NotBlank @Size(max = 20) String unit,
                   @Schema(description = "Unit cost in fen", example = "45000") @NotNull @Positive
                   @Max(100_000_000_000L) Long unitCost) {
    }

    @Schema(name = "MenuItemPrice", description = "A new unit cost in fen")
    record Price(@Schema(example = "8800") @NotNull @Positive @Max(100_000_000_000L) Long unitCost) {
    }

    @GetMapping
    @Operation(summary = "The menu catalogue", description = "The items your district offers (the city's defaults, "
            + "replaced or extended by the district's own), in \"inside first\" order (先里子、后面子). City-wide "
            + "callers see the defaults, or a district's with districtCode. Unit costs in fen.")
    List<MenuItemView> items(Caller caller, @Parameter(description = "Only this category") @RequestParam(required = false)
                             MenuCategory category,
                             @Parameter(description = "Include retired items") @RequestParam(defaultValue = "false")
                             boolean includeRetired,
                             @Parameter(description = "For city-wide callers: a district's catalogue", example = "220302")
                             @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode) {
        String district = caller.districtCode() != null ? caller.districtCode() : districtCode;
        return catalogue.effective(district).stream()
                .filter(i -> category == null || i.category() == category)
                .filter(i -> includeRetired || !i.retired())
                .map(MenuItemView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One menu item, as your district has it")
    MenuItemView item(Caller caller, @PathVariable String code) {
        return MenuItemView.of(editing.effective(code, caller.districtCode()));
    }

    @PostMapping
    @Operation(summary = "Add a district's own item (增加菜单项目)", description = "District office; offered in its "
            + "district only. Announces plan.MenuItemPublished.")
    @ApiResponse(responseCode = "201", description = "Added; Location names the item")
    @ApiResponse(responseCode = "409", description = "The code exists (MENU_ITEM_EXISTS)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<MenuItemView> add(Caller caller, @Valid @RequestBody NewItem request) {
        MenuItem item = editing.add(caller, request.code(), request.labelZh(), request.labelEn(),
                request.category(), request.nationalClass(), request.unit(), request.unitCost());
        return ResponseEntity.created(URI.create("/api/plan/menu-items/" + item.code())).body(MenuItemView.of(item));
    }

    @PutMapping("/{code}/unit-cost")
    @Operation(summary = "Re-price an item (调整单价)", description = "A district office re-prices it for its "
            + "district (the city's default stays); the city office re-prices the default. Plans already drafted "
            + "keep their prices until their content is set again. Announces plan.MenuItemPublished.")
    MenuItemView reprice(Caller caller, @PathVariable String code, @Valid @RequestBody Price request) {
        return MenuItemView.of(editing.reprice(caller, code, request.unitCost()));
    }

    @PostMapping("/{code}/retirement")
    @Operation(summary = "Retire an item (停用菜单项目)", description = "No longer offered (in the district, or — by "
            + "the city office — everywhere); it stays readable. Announces plan.MenuItemRetired.")
    @ApiResponse(responseCode = "200", description = "Done: the record as it now stands")
    @ApiResponse(responseCode = "422", description = "Already retired (MENU_ITEM_RETIRED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    MenuItemView retire(Caller caller, @PathVariable String code) {
        return MenuItemView.of(editing.retire(caller, code));
    }

    @Bean
    static Dictionary menuCategories() {
        return Dictionary.of("menuCategories", "Menu categories (改造内容类别)", MenuCategory.class);
    }

    @Bean
    static Dictionary nationalClasses() {
        return Dictionary.of("nationalClasses", "National classes of renovation content (基础类/完善类/提升类)",
                NationalClass.class);
    }
}
