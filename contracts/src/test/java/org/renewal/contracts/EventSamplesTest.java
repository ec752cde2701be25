package org.renewal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.contracts.plan.OwnerVoteClosed;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanReturned;
import org.renewal.contracts.plan.PlanSubmitted;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityRemovedFromReserve;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.CommunityUpdated;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.QuestionnaireTallied;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every documented sample (docs/events.md links them) is exactly what its contract reads and writes. */
class EventSamplesTest {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("survey/CommunityRegistered.v1.json", CommunityRegistered.class),
                Arguments.of("survey/CommunityUpdated.v1.json", CommunityUpdated.class),
                Arguments.of("survey/HouseholdRollChanged.v1.json", HouseholdRollChanged.class),
                Arguments.of("survey/EligibilityAssessed.v1.json", EligibilityAssessed.class),
                Arguments.of("survey/CommunityReserved.v1.json", CommunityReserved.class),
                Arguments.of("survey/CommunityRemovedFromReserve.v1.json", CommunityRemovedFromReserve.class),
                Arguments.of("survey/QuestionnaireTallied.v1.json", QuestionnaireTallied.class),
                Arguments.of("plan/MenuItemPublished.v1.json", MenuItemPublished.class),
                Arguments.of("plan/MenuItemRetired.v1.json", MenuItemRetired.class),
                Arguments.of("plan/OwnerVoteClosed.v1.json", OwnerVoteClosed.class),
                Arguments.of("plan/PlanSubmitted.v1.json", PlanSubmitted.class),
                Arguments.of("plan/PlanReturned.v1.json", PlanReturned.class),
                Arguments.of("plan/PlanApproved.v1.json", PlanApproved.class),
                Arguments.of("project/ProjectCreated.v1.json", org.renewal.contracts.project.ProjectCreated.class),
                Arguments.of("project/UnitContracted.v1.json", org.renewal.contracts.project.UnitContracted.class),
                Arguments.of("project/ProjectStarted.v1.json", org.renewal.contracts.project.ProjectStarted.class),
                Arguments.of("project/ProgressReported.v1.json", org.renewal.contracts.project.ProgressReported.class),
                Arguments.of("project/MilestoneLate.v1.json", org.renewal.contracts.project.MilestoneLate.class),
                Arguments.of("project/InspectionFindingOpened.v1.json", org.renewal.contracts.project.InspectionFindingOpened.class),
                Arguments.of("project/InspectionFindingClosed.v1.json", org.renewal.contracts.project.InspectionFindingClosed.class),
                Arguments.of("project/AcceptancePassed.v1.json", org.renewal.contracts.project.AcceptancePassed.class),
                Arguments.of("project/AcceptanceFailed.v1.json", org.renewal.contracts.project.AcceptanceFailed.class),
                Arguments.of("project/ProjectEvaluated.v1.json", org.renewal.contracts.project.ProjectEvaluated.class),
                Arguments.of("project/ProjectHandedOver.v1.json", org.renewal.contracts.project.ProjectHandedOver.class),
                Arguments.of("governance/GovernanceReady.v1.json", org.renewal.contracts.governance.GovernanceReady.class),
                Arguments.of("governance/GovernanceOpened.v1.json", org.renewal.contracts.governance.GovernanceOpened.class),
                Arguments.of("governance/OwnersCommitteeElected.v1.json", org.renewal.contracts.governance.OwnersCommitteeElected.class),
                Arguments.of("governance/SelfGovernanceGroupFormed.v1.json", org.renewal.contracts.governance.SelfGovernanceGroupFormed.class),
                Arguments.of("governance/PartyBranchEstablished.v1.json", org.renewal.contracts.governance.PartyBranchEstablished.class),
                Arguments.of("governance/PropertyManagerEngaged.v1.json", org.renewal.contracts.governance.PropertyManagerEngaged.class),
                Arguments.of("governance/SatisfactionPublished.v1.json", org.renewal.contracts.governance.SatisfactionPublished.class),
                Arguments.of("funding/FundingPlanned.v1.json", org.renewal.contracts.funding.FundingPlanned.class),
                Arguments.of("funding/FundsPledged.v1.json", org.renewal.contracts.funding.FundsPledged.class),
                Arguments.of("funding/FundsReceived.v1.json", org.renewal.contracts.funding.FundsReceived.class),
                Arguments.of("funding/FundsRefunded.v1.json", org.renewal.contracts.funding.FundsRefunded.class),
                Arguments.of("funding/FundsDisbursed.v1.json", org.renewal.contracts.funding.FundsDisbursed.class),
                Arguments.of("funding/LedgerEntryReversed.v1.json", org.renewal.contracts.funding.LedgerEntryReversed.class),
                Arguments.of("funding/FundingGapDetected.v1.json", org.renewal.contracts.funding.FundingGapDetected.class),
                Arguments.of("funding/RewardGranted.v1.json", org.renewal.contracts.funding.RewardGranted.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleRoundTripsAndNamesItsType(String path, Class<? extends EventPayload> type) throws IOException {
        JsonNode sample;
        try (InputStream in = getClass().getResourceAsStream("/samples/" + path)) {
            sample = json.readTree(in);
        }

        EventPayload event = json.treeToValue(sample, type);

        // compared as text: a long written back is a LongNode where the sample parsed an IntNode
        assertThat(json.writeValueAsString(event)).isEqualTo(json.writeValueAsString(sample));
        String fileName = path.substring(path.indexOf('/') + 1);
        assertThat(event.eventType()).isEqualTo(path.substring(0, path.indexOf('/')) + "."
                + fileName.substring(0, fileName.indexOf('.')));
        assertThat(fileName).endsWith(".v" + event.eventVersion() + ".json");
        assertThat(event.topic()).startsWith("renewal." + path.substring(0, path.indexOf('/')) + ".");
    }
}
