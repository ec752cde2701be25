package org.renewal.funding.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Funding settings ({@code renewal.funding.*}).
 *
 * @param rewardRates          reward instead of subsidy as a share of the project's cost, per evaluation
 *                             grade (defaults: EXCELLENT 0.10, GOOD 0.06, PASS 0.03, FAIL 0)
 * @param rewardPayer          the payer named on reward pledges
 * @param elevatorCoefficients per district code (or {@code default}), the coefficient of each floor from
 *                             the 1st; floors beyond the list take the last value
 */
@ConfigurationProperties("renewal.funding")
public record FundingSettings(Map<String, BigDecimal> rewardRates, String rewardPayer,
                              Map<String, List<BigDecimal>> elevatorCoefficients) {

    public FundingSettings {
        rewardRates = rewardRates == null || rewardRates.isEmpty() ? Map.of("EXCELLENT", new BigDecimal("0.10"),
                "GOOD", new BigDecimal("0.06"), "PASS", new BigDecimal("0.03"), "FAIL", BigDecimal.ZERO) : rewardRates;
        rewardPayer = rewardPayer == null ? "市财政（以奖代补）" : rewardPayer;
        elevatorCoefficients = elevatorCoefficients == null || elevatorCoefficients.isEmpty()
                ? Map.of("default", List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1.0"), new BigDecimal("1.2"),
                        new BigDecimal("1.4"), new BigDecimal("1.6"), new BigDecimal("1.8"), new BigDecimal("2.0")))
                : elevatorCoefficients;
    }

    /** The coefficient of a floor in a district (its own table, else the default). */
    BigDecimal elevatorCoefficient(String district, int floor) {
        List<BigDecimal> table = elevatorCoefficients.getOrDefault(district, elevatorCoefficients.get("default"));
        return table.get(Math.min(Math.max(floor, 1), table.size()) - 1);
    }
}
