package org.renewal.survey.community;

import java.math.BigDecimal;

/** A WGS-84 position (经纬度), decimal degrees. */
record Location(BigDecimal latitude, BigDecimal longitude) {
}
