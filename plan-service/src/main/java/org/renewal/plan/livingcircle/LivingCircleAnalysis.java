package org.renewal.plan.livingcircle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.renewal.plan.menu.Catalogue;
import org.renewal.platform.dictionary.Labelled;

/**
 * The living circles around a community (GB 50180-2018 2.0.2–2.0.4: the 5-, 10- and 15-minute circles are a 300,
 * 500 and 1,000 m walk). For each circle and each facility type of it, the nearest facility of the district and
 * its estimated walking distance — the straight-line distance ({@link Reach#metres}) times a detour factor — is
 * within reach when that distance is at most the circle's; otherwise the type is a gap, and the public-service
 * (提升类) menu item that fills it, when the district's menu offers it, is suggested. A community without a
 * surveyed position is "not located". Pure: no store, no clock.
 */
final class LivingCircleAnalysis {

    static final String SOURCE = "GB 50180-2018《城市居住区规划设计标准》2.0.2–2.0.4（5/10/15分钟生活圈：步行300/500/1000米）";

    private LivingCircleAnalysis() {
    }

    /** A community's place: from the programme read model (kept from survey's events). */
    record Place(String id, String name, String districtCode, String streetCode, BigDecimal latitude,
                 BigDecimal longitude) {
    }

    @Schema(name = "FacilityReach", description = "A facility type of a circle: the nearest facility within reach, "
            + "or the gap with the menu item that would fill it")
    record TypeReach(FacilityType type, Labelled.Label label, boolean present,
                     @Schema(description = "Nearest facility of the type, if any in the district", example = "铁西区第三幼儿园") String nearest,
                     @Schema(description = "Estimated walking distance to it, m", example = "240") Integer distance,
                     @Schema(description = "Menu item (提升类) suggested for the gap", example = "OLD_BUILDING_REUSE")
                     String suggestedMenuItem, @Schema(example = "幼儿园 Kindergarten") String suggestedMenuItemLabel) {
    }

    @Schema(name = "CircleReach")
    record CircleReach(LivingCircle circle, Labelled.Label label, int reachMetres, List<TypeReach> types,
                       @Schema(description = "Facility types of the circle missing within reach") int missing) {
    }

    @Schema(name = "CommunityLivingCircles", description = "The living circles around one community")
    record CommunityCircles(String communityId, String name, boolean located, List<CircleReach> circles,
                            @Schema(description = "Distinct menu items suggested for the gaps") List<String> suggestedMenuItems,
                            @Schema(description = "How reach is judged, and the rule it comes from") String basis) {

        int missing(LivingCircle circle) {
            return circles.stream().filter(c -> c.circle() == circle).mapToInt(CircleReach::missing).sum();
        }
    }

    /**
     * @param facilities   the district's facilities
     * @param detourFactor walking distance ÷ straight-line distance (≥ 1 in a real street grid)
     * @param menu         the district's menu item of a code, when it offers one that is not retired
     */
    static CommunityCircles analyse(Place place, List<Facility> facilities, double detourFactor,
                                    Function<String, Optional<Catalogue.Priced>> menu) {
        String basis = SOURCE + "；步行距离按直线距离×绕行系数 " + detourFactor + " 估算 (walking distance estimated as the "
                + "straight-line distance × a detour factor of " + detourFactor + ")";
        if (place.latitude() == null || place.longitude() == null) {
            return new CommunityCircles(place.id(), place.name(), false, List.of(), List.of(), basis);
        }
        List<CircleReach> circles = new ArrayList<>();
        Set<String> suggested = new LinkedHashSet<>();
        for (LivingCircle circle : LivingCircle.values()) {
            List<TypeReach> types = new ArrayList<>();
            int missing = 0;
            for (FacilityType type : FacilityType.values()) {
                if (type.circle() != circle) {
                    continue;
                }
                Facility nearest = null;
                double best = Double.MAX_VALUE;
                for (Facility f : facilities) {
                    if (f.type() == type) {
                        double d = Reach.metres(place.latitude(), place.longitude(), f.latitude(), f.longitude())
                                * detourFactor;
                        if (d < best) {
                            best = d;
                            nearest = f;
                        }
                    }
                }
                boolean present = nearest != null && best <= circle.reachMetres();
                String item = null;
                String itemLabel = null;
                if (!present) {
                    missing++;
                    Optional<Catalogue.Priced> priced = type.menuItem() == null ? Optional.empty()
                            : menu.apply(type.menuItem()).filter(p -> !p.retired());
                    if (priced.isPresent()) {
                        item = priced.get().code();
                        itemLabel = priced.get().labelZh();
                        suggested.add(item);
                    }
                }
                types.add(new TypeReach(type, type.label(), present, nearest == null ? null : nearest.name(),
                        nearest == null ? null : (int) Math.round(best), item, itemLabel));
            }
            circles.add(new CircleReach(circle, circle.label(), circle.reachMetres(), types, missing));
        }
        return new CommunityCircles(place.id(), place.name(), true, circles, List.copyOf(suggested), basis);
    }
}
