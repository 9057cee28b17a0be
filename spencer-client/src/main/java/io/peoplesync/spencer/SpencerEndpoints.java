package io.peoplesync.spencer;

import io.peoplesync.core.spi.Endpoint;

/** Every Spencer Integration API operation, described once; paths are relative to the base URI. */
final class SpencerEndpoints {
  static final Endpoint<SpencerUser, SpencerUser> CREATE_USER =
      Endpoint.post("spencer.users.create", "/users")
          .body(SpencerUser.class)
          .returns(SpencerUser.class);
  static final Endpoint<Void, SpencerUser> GET_USER =
      Endpoint.get("spencer.users.get", "/users/{userId}").returns(SpencerUser.class);
  static final Endpoint<SpencerUser, SpencerUser> UPDATE_USER =
      Endpoint.put("spencer.users.update", "/users/{userId}")
          .body(SpencerUser.class)
          .returns(SpencerUser.class);
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

  static final Endpoint<UserTag, UserTag> CREATE_TAG =
      Endpoint.post("spencer.userTags.create", "/users/tags")
          .body(UserTag.class)
          .returns(UserTag.class);
  static final Endpoint<UserTag, UserTag> UPDATE_TAG =
      Endpoint.put("spencer.userTags.update", "/users/tags/{tagId}")
          .body(UserTag.class)
          .returns(UserTag.class);
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
  static final Endpoint<NewsDraft, NewsDraft> CREATE_DRAFT =
      Endpoint.post("spencer.news.createDraft", "/news/drafts")
          .body(NewsDraft.class)
          .returns(NewsDraft.class);

  private SpencerEndpoints() {}
}
