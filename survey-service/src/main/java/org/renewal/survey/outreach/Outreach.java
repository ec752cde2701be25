package org.renewal.survey.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.renewal.platform.rules.DomainException;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.survey.community.CommunityService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The outreach log (宣传发动) in the store, within the caller's place. */
@Service
class Outreach {

    /** The register starts with the programme; an activity dated earlier is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final MongoTemplate mongo;
    private final CommunityService communities;

    Outreach(MongoTemplate mongo, CommunityService communities) {
        this.mongo = mongo;
        this.communities = communities;
    }

    OutreachActivity log(Caller caller, String communityId, OutreachChannel channel, LocalDate date, int reach,
                         String summary) {
        CommunityService.CommunityPlace place = communities.place(caller, communityId);
        if (date.isBefore(EARLIEST)) {
            throw DomainException.invalid("date", "outreach.tooEarly");
        }
        return mongo.insert(new OutreachActivity(UUID.randomUUID().toString(), place.id(), place.name(),
                place.districtCode(), place.streetCode(), channel, date, reach, summary == null ? null : summary.strip(),
                caller.subject(), Instant.now()));
    }

    OutreachActivity get(Caller caller, String id) {
        OutreachActivity activity = mongo.findById(id, OutreachActivity.class);
        if (activity == null || !caller.sees(activity.districtCode(), activity.streetCode())) {
            throw DomainException.notFound("OUTREACH_NOT_FOUND", id);
        }
        return activity;
    }

    Page<OutreachActivity> list(Caller caller, String communityId, String streetCode, OutreachChannel channel,
                                LocalDate from, LocalDate to, Pageable pageable) {
        Query query = PlaceScope.filter(caller).is("communityId", communityId).is("streetCode", streetCode)
                .is("channel", channel).atLeast("date", from).atMost("date", to).query();
        long total = mongo.count(query, OutreachActivity.class);
        Pageable checked = pageable;
        return new PageImpl<>(mongo.find(query.with(checked), OutreachActivity.class), checked, total);
    }
}
