package org.renewal.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.platform.rules.DomainException;

class MaintenanceTicketTest {

    private static final Instant REPORTED = Instant.parse("2026-12-01T08:00:00Z");

    private final MaintenanceTicket open = new MaintenanceTicket("t-1", 0L, "c-1", "LIGHTING", "3号楼2单元楼道", "声控灯不亮",
            List.of(), "resident-1", "OPEN", REPORTED, null, null, null, null);

    @Test
    void acknowledgedFixedAndClosedInOrderKeepingEachTime() {
        Instant ack = REPORTED.plusSeconds(3_600);
        Instant fix = REPORTED.plusSeconds(7_200);
        Instant close = REPORTED.plusSeconds(10_800);

        MaintenanceTicket closed = open.advance("acknowledgement", ack, null).advance("fix", fix, "已更换灯泡")
                .advance("closure", close, null);

        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.acknowledgedAt()).isEqualTo(ack);
        assertThat(closed.fixedAt()).isEqualTo(fix);
        assertThat(closed.closedAt()).isEqualTo(close);
        assertThat(closed.resolution()).as("a step without a note keeps the last one").isEqualTo("已更换灯泡");
    }

    @Test
    void aStepOutOfOrderIsRefusedNamingTheTicketAndItsStatus() {
        assertThatThrownBy(() -> open.advance("fix", REPORTED, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("TICKET_STEP_OUT_OF_ORDER");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATED);
                    assertThat(e.args()).containsExactly("t-1", "OPEN");
                });
        assertThatThrownBy(() -> open.advance("closure", REPORTED, null)).isInstanceOf(DomainException.class);
        MaintenanceTicket acknowledged = open.advance("acknowledgement", REPORTED, null);
        assertThatThrownBy(() -> acknowledged.advance("acknowledgement", REPORTED, null))
                .as("twice").isInstanceOf(DomainException.class);
    }

    @Test
    void anUnknownStepIsInvalidNamingTheField() {
        assertThatThrownBy(() -> open.advance("reopen", REPORTED, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("step"));
                });
    }
}
