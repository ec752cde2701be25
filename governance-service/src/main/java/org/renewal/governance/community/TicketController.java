package org.renewal.governance.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.renewal.platform.security.Caller;
import org.renewal.platform.web.ApiException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/governance/communities/{communityId}/tickets")
@Tag(name = "Maintenance 日常维护", description = "Defects reported by residents, fixed by the community's manager")
class TicketController {

    private final MongoTemplate mongo;
    private final GovernanceService governance;

    TicketController(MongoTemplate mongo, GovernanceService governance) {
        this.mongo = mongo;
        this.governance = governance;
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
    @Operation(summary = "Report a defect (报修)", description = "Residents (and the owners' committee) of the community.")
    MaintenanceTicket report(@PathVariable String communityId, @Valid @RequestBody TicketInput r) {
        governance.get(communityId);
        return mongo.insert(new MaintenanceTicket(UUID.randomUUID().toString(), null, communityId, r.category(),
                r.location().strip(), r.description().strip(), r.photos() == null ? List.of() : r.photos(),
                Caller.current().subject(), "OPEN", Instant.now(), null, null, null, null));
    }

    @PostMapping("/{ticketId}/{step}")
    @Operation(summary = "Acknowledge, fix or close a ticket", description = "step = acknowledgement, fix or closure, in "
            + "that order; by the street, the owners' committee or the district office.")
    MaintenanceTicket step(@PathVariable String communityId, @PathVariable String ticketId,
                           @PathVariable @Pattern(regexp = "acknowledgement|fix|closure") String step,
                           @Valid @RequestBody StepInput r) {
        governance.get(communityId);
        MaintenanceTicket t = mongo.findById(ticketId, MaintenanceTicket.class);
        if (t == null || !t.communityId().equals(communityId)) {
            throw ApiException.notFound("TICKET_NOT_FOUND", ticketId, communityId);
        }
        Instant now = Instant.now();
        MaintenanceTicket next = switch (step) {
            case "acknowledgement" -> requireStatus(t, "OPEN").with("ACKNOWLEDGED", now, null, null, r.note());
            case "fix" -> requireStatus(t, "ACKNOWLEDGED").with("FIXED", t.acknowledgedAt(), now, null, r.note());
            default -> requireStatus(t, "FIXED").with("CLOSED", t.acknowledgedAt(), t.fixedAt(), now, r.note());
        };
        return mongo.save(next);
    }

    @GetMapping
    @Operation(summary = "The community's tickets, newest first")
    List<MaintenanceTicket> list(@PathVariable String communityId) {
        governance.get(communityId);
        return mongo.find(Query.query(where("communityId").is(communityId)).with(Sort.by(Sort.Direction.DESC,
                "reportedAt")), MaintenanceTicket.class);
    }

    @GetMapping("/figures")
    @Operation(summary = "Response-time figures (响应时效)")
    Figures figures(@PathVariable String communityId) {
        List<MaintenanceTicket> tickets = list(communityId);
        double ack = tickets.stream().filter(t -> t.acknowledgedAt() != null)
                .mapToLong(t -> Duration.between(t.reportedAt(), t.acknowledgedAt()).toMinutes()).average().orElse(0) / 60;
        double close = tickets.stream().filter(t -> t.closedAt() != null)
                .mapToLong(t -> Duration.between(t.reportedAt(), t.closedAt()).toMinutes()).average().orElse(0) / 60;
        return new Figures(tickets.size(), (int) tickets.stream().filter(t -> !"CLOSED".equals(t.status())).count(),
                Math.round(ack * 100) / 100.0, Math.round(close * 100) / 100.0);
    }

    private static MaintenanceTicket requireStatus(MaintenanceTicket t, String expected) {
        if (!expected.equals(t.status())) {
            throw ApiException.ruleViolated("TICKET_STEP_OUT_OF_ORDER", t.id(), t.status());
        }
        return t;
    }
}
