package org.renewal.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.renewal.platform.events.InvalidEventException;

class FenTest {

    @Test
    void sumsUpToTheBoundAreExact() {
        assertThat(Fen.sum("funding", LongStream.of(Fen.MAX - 1, 1))).isEqualTo(Fen.MAX);
        assertThat(Fen.sum("funding", LongStream.empty())).isZero();
    }

    @Test
    void aSumThatWouldWrapIsRefusedNamingTheField() {
        // the reproduction: two Long.MAX_VALUE sources and 800,002 fen "add up" to 200 fen in plain long addition
        assertThat(Long.MAX_VALUE + Long.MAX_VALUE + 800_002L).isEqualTo(800_000L);
        assertThatThrownBy(() -> Fen.sum("funding", LongStream.of(Long.MAX_VALUE, Long.MAX_VALUE, 800_002)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("AMOUNT_OUT_OF_RANGE");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATED);
                    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("funding"));
                });
    }

    @Test
    void aSumOneFenAboveTheBoundOrANegativeAmountIsRefused() {
        assertThatThrownBy(() -> Fen.sum("items", LongStream.of(Fen.MAX, 1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Fen.add("amount", 5, -1)).isInstanceOf(DomainException.class);
    }

    @Test
    void anEventCarryingAnImpossibleAmountIsInvalid() {
        assertThat(Fen.fromEvent("amount", Fen.MAX)).isEqualTo(Fen.MAX);
        assertThatThrownBy(() -> Fen.fromEvent("amount", Fen.MAX + 1)).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> Fen.fromEvent("amount", -1)).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> Fen.sumFromEvent("funding", LongStream.of(Long.MAX_VALUE, 1)))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void totalsOverManyRecordsMayPassTheBoundButNeverWrap() {
        assertThat(Fen.total(LongStream.of(Fen.MAX, Fen.MAX))).isEqualTo(2 * Fen.MAX);
        assertThatThrownBy(() -> Fen.total(LongStream.of(Long.MAX_VALUE, 1))).isInstanceOf(ArithmeticException.class);
    }
}
