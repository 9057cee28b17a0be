package io.peoplesync.ortec;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Names what an {@link AccountAction} asks ORTEC to do with an account.
 *
 * <p>The SDK only writes these values, it never reads them back, so there is no constant for an
 * unknown value.
 */
public enum ActionType {
  /** Creates the account; the vendor reports an error if it exists. */
  INSERT("insert", false),
  /** Changes an existing account; the vendor reports an error if it does not exist. */
  UPDATE("update", false),
  /** Creates the account or changes it if it exists: the vendor's recommended action. */
  UPSERT("upsert", true),
  /** Removes the account. */
  DELETE("delete", true);

  private final String wireName;
  private final boolean retrySafe;

  ActionType(String wireName, boolean retrySafe) {
    this.wireName = wireName;
    this.retrySafe = retrySafe;
  }

  /** Returns the value sent in the {@code action} field, for example {@code upsert}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /**
   * Returns whether sending the action twice leaves the same state as sending it once; only batches
   * made of such actions are repeated after a failure that may have reached the server.
   */
  public boolean retrySafe() {
    return retrySafe;
  }
}
