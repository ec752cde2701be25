package org.renewal.governance.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.renewal.platform.rules.DomainException;
import org.renewal.platform.security.Caller;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A community's maintenance tickets (日常维护) in the store; the community must be visible to the caller. */
@Service
class Tickets {

    private final MongoTemplate mongo;
    private final GovernanceService governance;

    Tickets(MongoTemplate mongo, GovernanceService governance) {
        this.mongo = mongo;
        this.governance = governance;
    }

    /**
     * Opens a ticket. With an idempotency key (another system's, e.g. the 12345 hotline's work order number) the
     * ticket's id is derived from the caller, the community and the key, so a retried report returns the ticket the
     * first one opened instead of opening another.
     */
    MaintenanceTicket report(Caller caller, String communityId, String category, String location, String description,
                             List<String> photos, String idempotencyKey) {
        governance.get(caller, communityId);
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("ticket:" + caller.subject() + ":" + communityId + ":" + idempotencyKey)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        if (idempotencyKey != null) {
            MaintenanceTicket first = mongo.findById(id, MaintenanceTicket.class);
            if (first != null) {
                return first;
            }
        }
        try {
            return mongo.insert(new MaintenanceTicket(id, null, communityId, category, location.strip(),
                    description.strip(), photos == null ? List.of() : photos, caller.subject(), "OPEN", Instant.now(),
                    null, null, null, null));
        } catch (org.springframework.dao.DuplicateKeyException sameKeyAtOnce) {
            return mongo.findById(id, MaintenanceTicket.class);
        }
    }

    /** Takes a step ({@link MaintenanceTicket#advance}); saved with the ticket's version (a concurrent step: 409). */
    MaintenanceTicket step(Caller caller, String communityId, String ticketId, String step, String note) {
        governance.get(caller, communityId);
        MaintenanceTicket ticket = mongo.findById(ticketId, MaintenanceTicket.class);
        if (ticket == null || !ticket.communityId().equals(communityId)) {
            throw DomainException.notFound("TICKET_NOT_FOUND", ticketId, communityId);
        }
        return mongo.save(ticket.advance(step, Instant.now(), note));
    }

    /** The community's tickets, newest first. */
    List<MaintenanceTicket> of(Caller caller, String communityId) {
        governance.get(caller, communityId);
        return mongo.find(Query.query(where("communityId").is(communityId))
                .with(Sort.by(Sort.Direction.DESC, "reportedAt")), MaintenanceTicket.class);
    }
}
