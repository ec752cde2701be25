package org.renewal.plan.livingcircle;

import java.math.BigDecimal;

/**
 * Distances on the WGS-84 ellipsoid's mean sphere (haversine, radius 6,371,008.8 m). Walking distance is
 * estimated as the straight-line distance times a detour factor (a setting, 1.0 by default): without
 * a road network the suite cannot know the path, and says so in its answers.
 */
final class Reach {

    static final double EARTH_RADIUS_M = 6_371_008.8;

    private Reach() {
    }

    static double metres(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
        double p1 = Math.toRadians(lat1.doubleValue());
        double p2 = Math.toRadians(lat2.doubleValue());
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
