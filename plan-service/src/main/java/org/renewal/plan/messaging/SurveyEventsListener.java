package org.renewal.plan.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityRemovedFromReserve;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.CommunityUpdated;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.QuestionnaireTallied;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.plan.community.CommunityReadModel;
import org.renewal.plan.programme.ProgrammeReadModel;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.consumer.EventDispatchers;
import org.renewal.platform.consumer.EventRoutes;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** Consumes survey-service's community events into plan-service's read models. */
@Configuration(proxyBeanMethods = false)
class SurveyEventsListener {

    private static final Logger log = LoggerFactory.getLogger(SurveyEventsListener.class);

    private final EventEnvelopes envelopes;
    private final CommunityReadModel communities;
    private final ProgrammeReadModel programme;
    private final EventRoutes<Changes> routes;

    SurveyEventsListener(EventEnvelopes envelopes, EventDispatchers dispatchers, CommunityReadModel communities,
                         ProgrammeReadModel programme) {
        this.envelopes = envelopes;
        this.communities = communities;
        this.programme = programme;
        this.routes = dispatchers.<Changes>batchListener("plan-survey-community")
                .on(CommunityRegistered.class, this::facts)
                .on(CommunityUpdated.class, this::facts)
                .on(EligibilityAssessed.class, (e, assessed) ->
                        Changes.of(programme.change(e, assessed), communities.change(e, assessed)))
                .on(CommunityReserved.class, (e, reserved) ->
                        Changes.of(programme.change(e, reserved), communities.change(e, reserved)))
                .on(CommunityRemovedFromReserve.class, (e, removed) ->
                        Changes.of(programme.change(e, removed), communities.change(e, removed)))
                .on(QuestionnaireTallied.class, (e, tallied) -> Changes.of(null, communities.change(e, tallied)))
                .on(HouseholdRollChanged.class, (e, roll) ->
                        new Changes(Optional.empty(), Optional.empty(), Optional.of(communities.change(e, roll))))
                .build();
    }

    @Bean
    KafkaAdmin.NewTopics consumedSurveyTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(SurveyTopics.COMMUNITY);
    }

    /**
     * A batch of the topic's records (up to {@code max.poll.records}), applied together when it can be: the events
     * of one community in a batch become one write per read model (an import of the register sends three events
     * per community, one right after the other), with the outcome of applying them one by one. When applying them
     * together fails, they are applied one by one, and the record that fails is the one the error policy retries
     * or sends to the dead-letter topic, after the records before it are committed; a record that is not an event
     * goes there at once, the records before it applied.
     */
    @KafkaListener(id = "plan-survey-community", idIsGroup = false, topics = SurveyTopics.COMMUNITY, batch = "true")
    void onCommunityEvents(List<ConsumerRecord<String, String>> records) {
        List<EventEnvelope> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(envelopes.read(record.value()));
            } catch (RuntimeException invalid) {
                apply(records, events);
                throw new BatchListenerFailedException("not an event: " + invalid.getMessage(), invalid, record);
            }
        }
        apply(records, events);
    }

    private void apply(List<ConsumerRecord<String, String>> records, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            applyTogether(events);
            return;
        } catch (RuntimeException together) {
            log.debug("{} events not applied together, now one by one: {}", events.size(), together.toString());
        }
        for (int i = 0; i < events.size(); i++) {
            try {
                applyOne(events.get(i));
            } catch (RuntimeException failed) {
                throw new BatchListenerFailedException(failed.getMessage(), failed, records.get(i));
            }
        }
    }

    private void applyTogether(List<EventEnvelope> events) {
        List<ReadModelUpdates.Change> communityChanges = new ArrayList<>();
        List<ReadModelUpdates.Change> rollChanges = new ArrayList<>();
        List<ProgrammeReadModel.Change> programmeChanges = new ArrayList<>();
        for (EventEnvelope envelope : events) {
            Changes changes = changesOf(envelope);
            changes.programme().ifPresent(programmeChanges::add);
            changes.community().ifPresent(communityChanges::add);
            changes.roll().ifPresent(rollChanges::add);
        }
        programme.applyAll(programmeChanges);
        communities.applyAll(communityChanges, rollChanges);
        log.debug("{} events applied together: {} to the programme, {} to communities, {} to household rolls",
                events.size(), programmeChanges.size(), communityChanges.size(), rollChanges.size());
    }

    private void applyOne(EventEnvelope envelope) {
        try (CorrelationId.Scope ignored = CorrelationId.bind(envelope.correlationId(), envelope.eventId())) {
            Changes changes = changesOf(envelope);
            changes.programme().ifPresent(programme::apply);
            boolean applied = changes.community().map(communities::applyToCommunity).orElse(false)
                    | changes.roll().map(communities::applyToRoll).orElse(false);
            log.debug("{} {} for {}: {}", envelope.type(), envelope.eventId(), envelope.aggregateId(),
                    applied ? "applied" : "not applied (duplicate, older or not for us)");
        }
    }

    /** What one event changes: its community in the programme, the community's document, a building's roll. */
    private record Changes(Optional<ProgrammeReadModel.Change> programme, Optional<ReadModelUpdates.Change> community,
                           Optional<ReadModelUpdates.Change> roll) {

        static final Changes NONE = new Changes(Optional.empty(), Optional.empty(), Optional.empty());

        static Changes of(ProgrammeReadModel.Change programme, ReadModelUpdates.Change community) {
            return new Changes(Optional.ofNullable(programme), Optional.of(community), Optional.empty());
        }
    }

    /** The changes of a survey event this service reads; none for another type or contract version. */
    private Changes changesOf(EventEnvelope envelope) {
        return routes.route(envelope).orElse(Changes.NONE);
    }

    private Changes facts(EventEnvelope envelope, CommunityFacts facts) {
        return Changes.of(programme.change(envelope, facts), communities.change(envelope, facts));
    }
}
