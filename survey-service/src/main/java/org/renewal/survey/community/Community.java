package org.renewal.survey.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community in the register: the aggregate that owns its buildings and announces its changes. */
@Document("communities")
@CompoundIndex(name = "district_street", def = "{'districtCode': 1, 'streetCode': 1}")
class Community extends OutboxAggregate {

    private String name;
    private String districtCode;
    private String streetCode;
    private String address;
    private int buildYear;
    private List<Building> buildings;
    private Instant registeredAt;
    /** Fingerprint of the request that created it under an Idempotency-Key, to spot a reused key. */
    private String requestFingerprint;

    protected Community() {
    }

    private Community(String id, CommunityDetails details, String requestFingerprint) {
        super(id);
        this.name = details.name();
        this.districtCode = details.districtCode();
        this.streetCode = details.streetCode();
        this.address = details.address();
        this.buildYear = details.buildYear();
        this.buildings = List.copyOf(details.buildings());
        this.registeredAt = Instant.now();
        this.requestFingerprint = requestFingerprint;
    }

    /** Enters a community in the register and records {@code CommunityRegistered}. */
    static Community register(String id, CommunityDetails details, String requestFingerprint) {
        Community community = new Community(id, details, requestFingerprint);
        community.record(new CommunityRegistered(id, community.name, community.districtCode, community.streetCode,
                community.buildYear,
                community.buildings.stream()
                        .map(b -> new CommunityRegistered.Building(b.number(), b.households(), b.floorArea()))
                        .toList(),
                community.buildings.size(), community.households(), community.floorArea()));
        return community;
    }

    int households() {
        return buildings.stream().mapToInt(Building::households).sum();
    }

    BigDecimal floorArea() {
        return buildings.stream().map(Building::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    String name() {
        return name;
    }

    String districtCode() {
        return districtCode;
    }

    String streetCode() {
        return streetCode;
    }

    String address() {
        return address;
    }

    int buildYear() {
        return buildYear;
    }

    List<Building> buildings() {
        return buildings;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }
}
