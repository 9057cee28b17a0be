package io.peoplesync.pepper;

import java.net.URI;

/** The Pepper hosts a client can talk to; {@link #PRODUCTION} unless the builder says otherwise. */
public enum PepperEnvironment {
  /** The live platform, {@code https://api.pepperhq.com}. */
  PRODUCTION("https://api.pepperhq.com"),
  /** The UAT platform merchants test against, {@code https://beta-api.pepperhq.com}. */
  BETA("https://beta-api.pepperhq.com");

  private final URI baseUri;

  PepperEnvironment(String baseUri) {
    this.baseUri = URI.create(baseUri);
  }

  /** Returns the base URI of this environment. */
  public URI baseUri() {
    return baseUri;
  }
}
