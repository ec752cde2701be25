package org.renewal.governance.community;

import org.springframework.data.web.PagedModel;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.domain.Pageable;
import org.springdoc.core.annotations.ParameterObject;
import org.renewal.platform.web.Paging;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.renewal.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/governance/communities/{communityId}/tickets")
@Tag(name = "Maintenance 日常维护", description = "Defects reported by residents, fixed by the community's manager")
class TicketController {

    private final Tickets tickets;

    TicketController(Tickets tickets) {
        this.tickets = tickets;
    }

    @Schema(name = "MaintenanceTicket", description = "A defect reported by a resident and its handling (报修)")
    record TicketView(
            @Schema(example = "4d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d") String id,
            @Schema(description = "Changes with every step") Long version,
            @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
            @Schema(description = "ROOF, STAIRWELL, LIGHTING, DRAINAGE, ROAD, GREENERY, FACILITY or OTHER",
                    example = "LIGHTING") String category,
            @Schema(example = "3号楼2单元楼道") String location,
            @Schema(example = "声控灯不亮") String description,
            List<String> photos,
            @Schema(example = "resident-beishan") String reportedBy,
            @Schema(description = "OPEN, ACKNOWLEDGED, FIXED or CLOSED", example = "OPEN") String status,
            Instant reportedAt, Instant acknowledgedAt, Instant fixedAt, Instant closedAt,
            @Schema(example = "已更换灯泡") String resolution) {

        static TicketView of(MaintenanceTicket t) {
            return new TicketView(t.id(), t.version(), t.communityId(), t.category(), t.location(), t.description(),
                    t.photos(), t.reportedBy(), t.status(), t.reportedAt(), t.acknowledgedAt(), t.fixedAt(),
                    t.closedAt(), t.resolution());
        }
    }

    @Schema(name = "TicketInput")
    record TicketInput(
            @Schema(example = "LIGHTING") @NotNull
            @Pattern(regexp = "ROOF|STAIRWELL|LIGHTING|DRAINAGE|ROAD|GREENERY|FACILITY|OTHER") String category,
            @Schema(example = "3号楼2单元楼道") @NotBlank @Size(max = 200) String location,
            @Schema(example = "声控灯不亮") @NotBlank @Size(max = 2000) String description,
            @Size(max = 10) List<@NotBlank @Size(max = 300) String> photos) {
    }

    @Schema(name = "TicketStep")
    record StepInput(@Schema(example = "已更换灯泡") @Size(max = 2000) String note) {
    }

    @Schema(name = "TicketFigures", description = "Response-time figures of a community's tickets")
    record Figures(@Schema(example = "12") int tickets, @Schema(example = "3") int open,
                   @Schema(description = "Average hours from report to acknowledgement", example = "2.50") double
                   averageHoursToAcknowledge,
                   @Schema(description = "Average hours from report to closing", example = "30.00") double
                   averageHoursToClose) {
    }

    @PostMapping
    @Operation(summary = "Report a defect (报修)", description = "Residents (and the owners' committee) of the community; "
            + "the 12345 hotline's system (scope governance.tickets.write) for communities of its places, with an "
            + "Idempotency-Key (its work order number): a retry with the same key returns the ticket first opened.")
    TicketView report(Caller caller, @PathVariable String communityId,
                      @Parameter(description = "Required of other systems; a retry with the same key returns the "
                              + "first ticket", example = "12345-20270315-0042")
                      @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                      @Valid @RequestBody TicketInput r) {
        if (caller.has(org.renewal.platform.security.Role.INTEGRATION) && (key == null || key.isBlank())) {
            throw org.renewal.platform.web.ApiException.invalid(List.of(new org.renewal.platform.web.FieldProblem(
                    "Idempotency-Key", "ticket.idempotencyKeyRequired")));
        }
        return TicketView.of(tickets.report(caller, communityId, r.category(), r.location(), r.description(),
                r.photos(), key == null || key.isBlank() ? null : key));
    }

    @PostMapping("/{ticketId}/{step}")
    @Operation(summary = "Acknowledge, fix or close a ticket", description = "step = acknowledgement, fix or closure, in "
            + "that order; by the street, the owners' committee or the district office.")
    TicketView step(Caller caller, @PathVariable String communityId, @PathVariable String ticketId,
                    @PathVariable @Pattern(regexp = "acknowledgement|fix|closure") String step,
                    @Valid @RequestBody StepInput r) {
        return TicketView.of(tickets.step(caller, communityId, ticketId, step, r.note()));
    }

    @GetMapping
    @Operation(summary = "The community's tickets, newest first, in pages")
    PagedModel<TicketView> list(Caller caller, @PathVariable String communityId,
                                @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(Paging.of(tickets.of(caller, communityId).stream().map(TicketView::of).toList(),
                pageable));
    }

    @GetMapping("/figures")
    @Operation(summary = "Response-time figures (响应时效)")
    Figures figures(Caller caller, @PathVariable String communityId) {
        List<MaintenanceTicket> tickets = this.tickets.of(caller, communityId);
        double ack = tickets.stream().filter(t -> t.acknowledgedAt() != null)
                .mapToLong(t -> Duration.between(t.reportedAt(), t.acknowledgedAt()).toMinutes()).average().orElse(0) / 60;
        double close = tickets.stream().filter(t -> t.closedAt() != null)
                .mapToLong(t -> Duration.between(t.reportedAt(), t.closedAt()).toMinutes()).average().orElse(0) / 60;
        return new Figures(tickets.size(), (int) tickets.stream().filter(t -> !"CLOSED".equals(t.status())).count(),
                Math.round(ack * 100) / 100.0, Math.round(close * 100) / 100.0);
    }
}
