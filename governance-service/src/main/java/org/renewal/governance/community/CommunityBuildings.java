package org.renewal.governance.community;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The buildings of a community as survey registered them ({@code survey.CommunityRegistered} and
 * {@code CommunityUpdated}): what a committee election's electorate must cover. Id: the community.
 */
@Document("community_buildings")
record CommunityBuildings(@Id String id, List<String> buildings, long sourceVersion) {
}
