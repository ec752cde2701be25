package org.renewal.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated caller as the services see it: subject, roles and the scope claims of the token
 * ({@code district}, {@code street}, {@code unitId}, {@code communityId}, {@code householdId}).
 * City-level callers (city office, city finance) carry no district and see every district.
 */
public record Caller(String subject, Set<Role> roles, String districtCode, String streetCode, String unitId,
                     String communityId, String householdId) {

    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = jwt.getClaimAsStringList("roles");
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknownRole) {
                    // roles of other systems mean nothing here
                }
            }
        }
        return new Caller(jwt.getSubject(), roles, jwt.getClaimAsString("district"), jwt.getClaimAsString("street"),
                jwt.getClaimAsString("unitId"), jwt.getClaimAsString("communityId"),
                jwt.getClaimAsString("householdId"));
    }

    /** The caller of the current request; fails when there is none (a rule must never run unauthenticated). */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        throw new IllegalStateException("no authenticated caller");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** City office, city finance and integration clients are not bound to one district. */
    public boolean cityWide() {
        return districtCode == null && (has(Role.CITY_OFFICE) || has(Role.FINANCE) || has(Role.INTEGRATION));
    }

    /**
     * Whether records of this place are visible: city-wide callers see all; a street sees its street;
     * everyone else sees their own district.
     */
    public boolean sees(String recordDistrictCode, String recordStreetCode) {
        if (cityWide()) {
            return true;
        }
        if (streetCode != null) {
            return streetCode.equals(recordStreetCode);
        }
        return districtCode != null && districtCode.equals(recordDistrictCode);
    }
}
