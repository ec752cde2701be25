package org.renewal.survey.community;

import java.math.BigDecimal;

/** A building (楼栋) of a community as registered. */
record Building(String number, Integer floors, int households, BigDecimal floorArea) {
}
