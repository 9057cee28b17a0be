package io.peoplesync.spencer;

import io.peoplesync.core.spi.Endpoint;
import java.util.Optional;

/**
 * Every Spencer Integration API operation, described once; paths are relative to the base URI.
 * Creates and updates may be answered without the stored object (an empty 201 or 204), so they
 * return it only when there is one.
 */
final class SpencerEndpoints {
  static final Endpoint<SpencerUser, Optional<SpencerUser>> CREATE_USER =
      Endpoint.post("spencer.users.create", "/users")
          .body(SpencerUser.class)
          .returnsBodyIfAny(SpencerUser.class);
  static final Endpoint<Void, SpencerUser> GET_USER =
      Endpoint.get("spencer.users.get", "/users/{userId}").returns(SpencerUser.class);
  static final Endpoint<SpencerUser, Optional<SpencerUser>> UPDATE_USER =
      Endpoint.put("spencer.users.update", "/users/{userId}")
          .body(SpencerUser.class)
          .returnsBodyIfAny(SpencerUser.class);
  static final Endpoint<Void, Void> DELETE_USER =
      Endpoint.delete("spencer.users.delete", "/users/{userId}").returnsNothing();
  static final Endpoint<Void, Boolean> USER_EXISTS =
      Endpoint.head("spencer.users.exists", "/users/{userId}").returnsExists();

  /** A second upload replaces the first, so repeating the POST is safe. */
  static final Endpoint<ProfilePicture, String> SET_PROFILE_PICTURE =
      Endpoint.post("spencer.users.profilePicture", "/users/{userId}/profile-picture")
          .body(ProfilePicture.class)
          .idempotent(true)
          .returns(String.class);

  static final Endpoint<UserTag, Optional<UserTag>> CREATE_TAG =
      Endpoint.post("spencer.userTags.create", "/users/tags")
          .body(UserTag.class)
          .returnsBodyIfAny(UserTag.class);
  static final Endpoint<UserTag, Optional<UserTag>> UPDATE_TAG =
      Endpoint.put("spencer.userTags.update", "/users/tags/{tagId}")
          .body(UserTag.class)
          .returnsBodyIfAny(UserTag.class);
  static final Endpoint<Void, Boolean> TAG_EXISTS =
      Endpoint.head("spencer.userTags.exists", "/users/tags/{tagId}").returnsExists();

  static final Endpoint<Void, PublicationList> PUBLICATIONS =
      Endpoint.get("spencer.news.publications", "/news/publications")
          .query("published_after", "published_before", "limit", "offset")
          .returns(PublicationList.class);
  static final Endpoint<Void, PublicationList> USER_LIST_PUBLICATIONS =
      Endpoint.get(
              "spencer.news.userListPublications", "/news/user-lists/{userListId}/publications")
          .returns(PublicationList.class);
  static final Endpoint<NewsDraft, Optional<NewsDraft>> CREATE_DRAFT =
      Endpoint.post("spencer.news.createDraft", "/news/drafts")
          .body(NewsDraft.class)
          .returnsBodyIfAny(NewsDraft.class);

  private SpencerEndpoints() {}
}
