package io.peoplesync.provisioning;

import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.publisher.UserStatus;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.springest.SpringestClient;

/**
 * The five vendors as provisioning targets, each with its documented default mapping (see the
 * module's README for the tables) and its way to deactivate a leaver:
 *
 * <ul>
 *   <li>{@code spencer}: archives ({@code archived_at}); {@link Target#deleteAfter} can delete;
 *   <li>{@code ortec}: ORTEC has no deactivation, so a leaver's account is <b>deleted</b>;
 *   <li>{@code publisher}: archives (Publisher's delete), or sets status {@code inactive};
 *   <li>{@code springest}: saves the complete record with {@code active=false} and the end date;
 *   <li>{@code pepper}: Pepper has no deactivation, so a leaver gets the GDPR <b>delete</b>.
 * </ul>
 *
 * <p>Each method needs only its own vendor's client on the class path.
 */
public final class Targets {
  private Targets() {}

  /** Returns the Spencer target: users keyed by external id = HR id, titles in {@code en-US}. */
  public static Target spencer(SpencerClient client) {
    return SpencerAdapter.target(client);
  }

  /** Returns the ORTEC target: accounts keyed by HR id, written in batches of up to 1000. */
  public static Target ortec(OrtecClient client) {
    return OrtecAdapter.target(client);
  }

  /** Returns the Publisher target: users found by e-mail; leavers archived. */
  public static Target publisher(PublisherClient client) {
    return PublisherAdapter.target(client, UserStatus.ARCHIVED);
  }

  /**
   * Returns the Publisher target with the leavers' status: {@link UserStatus#ARCHIVED} (the
   * default, Publisher's delete) or {@link UserStatus#INACTIVE} (kept, made inactive; then {@link
   * Target#deleteAfter} can archive them later).
   *
   * @throws IllegalArgumentException for any other status
   */
  public static Target publisher(PublisherClient client, UserStatus leaverStatus) {
    if (leaverStatus != UserStatus.ARCHIVED && leaverStatus != UserStatus.INACTIVE) {
      throw new IllegalArgumentException("leaverStatus: must be ARCHIVED or INACTIVE");
    }
    return PublisherAdapter.target(client, leaverStatus);
  }

  /** Returns the Springest target: users keyed by external id = HR id, saved as whole records. */
  public static Target springest(SpringestClient client) {
    return SpringestAdapter.target(client);
  }

  /** Returns the Pepper target: users found by their e-mail credential; leavers deleted. */
  public static Target pepper(PepperClient client) {
    return PepperAdapter.target(client);
  }
}
