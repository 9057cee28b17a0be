package io.peoplesync.springest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.spi.Endpoint;
import java.util.List;
import java.util.Optional;

/** The Springest Go operations, each described once. */
final class SpringestEndpoints {
  /**
   * Create-or-replace keyed on external_id (or e-mail) with the complete record: repeating the same
   * body leaves the same state, so the core may retry it after a timeout like a PUT.
   */
  static final Endpoint<UserJson.Body, SpringestUserRef> SAVE_USER =
      Endpoint.post("springest.users.save", "/users.json")
          .body(UserJson.Body.class)
          .format(MediaFormat.JSON)
          .idempotent(true)
          .returns(SpringestUserRef.class);

  /**
   * The same request with only the fields set; also the same state when repeated, so also retried
   * like a PUT.
   */
  static final Endpoint<UserJson.Body, SpringestUserRef> MERGE_USER =
      Endpoint.post("springest.users.merge", "/users.json")
          .body(UserJson.Body.class)
          .format(MediaFormat.JSON)
          .idempotent(true)
          .returns(SpringestUserRef.class);

  /** A lookup may answer one object or an array of matches; a lone object reads as a list. */
  static final Endpoint<Void, Optional<List<SpringestUserStatus>>> FIND_USER =
      Endpoint.get("springest.users.findByExternalId", "/users.json")
          .query("external_id")
          .format(MediaFormat.JSON)
          .returnsOptional(new TypeReference<List<SpringestUserStatus>>() {});

  private SpringestEndpoints() {}
}
