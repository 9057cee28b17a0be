package io.peoplesync.ortec;

import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RawApi;
import io.peoplesync.core.Secret;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.BodyApiKeyAuth;
import io.peoplesync.core.spi.Validate;
import java.util.Objects;
import java.util.Optional;

/**
 * A client for the ORTEC Relevance User API. Immutable and thread-safe: build one and share it.
 *
 * <p>Every request carries the feed name and API key as top-level {@code feed} and {@code apikey}
 * fields of its JSON body, as ORTEC requires; the key is masked in logs, messages and {@code
 * toString()}.
 *
 * <pre>{@code
 * OrtecClient ortec = OrtecClient.builder()
 *     .baseUri(URI.create(System.getenv("ORTEC_BASE_URI")))
 *     .feed("hr-feed")
 *     .apiKey(System.getenv("ORTEC_API_KEY"))
 *     .build();
 * BatchResult r = ortec.accounts().submit(List.of(
 *     AccountAction.upsert(OrtecAccount.builder().id("bsmith@example.com").firstName("Bob").build()),
 *     AccountAction.delete("asmith@example.com")));
 * }</pre>
 */
public class OrtecClient {
  /** The most actions sent in one request: ORTEC advises against larger batches. */
  public static final int MAX_BATCH_SIZE = 1000;

  /** The most batches a client keeps in flight at once. */
  public static final int MAX_BATCH_CONCURRENCY = 16;

  private final ApiClient api;
  private final AccountsApi accounts;
  private final String feed;
  private final int batchSize;
  private final int batchConcurrency;

  OrtecClient(ApiClient api, String feed, int batchSize, int batchConcurrency) {
    this.api = api;
    this.feed = feed;
    this.batchSize = batchSize;
    this.batchConcurrency = batchConcurrency;
    this.accounts = new AccountsApi(new BatchRunner(api, batchSize, batchConcurrency));
  }

  /** Returns a builder; {@code baseUri}, {@code feed} and {@code apiKey} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the account operations ({@code POST /accounts}). */
  public AccountsApi accounts() {
    return accounts;
  }

  /**
   * Returns the escape hatch for calls the typed API lacks; JSON bodies sent through it get {@code
   * feed} and {@code apikey} added too, and body-less requests get them as query parameters.
   */
  public RawApi raw() {
    return api.raw();
  }

  @Override
  public String toString() {
    return "OrtecClient{baseUri="
        + api.options().baseUri()
        + ", feed="
        + feed
        + ", apiKey=****, batchSize="
        + batchSize
        + ", batchConcurrency="
        + batchConcurrency
        + "}";
  }

  /** Builds an {@link OrtecClient}; inputs are checked in {@link #build()}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String feed;
    private Secret apiKey;
    private int batchSize = MAX_BATCH_SIZE;
    private int batchConcurrency = 1;

    private Builder() {}

    /** Sets the feed name ORTEC gave for this integration (required). */
    public Builder feed(String feed) {
      this.feed = Objects.requireNonNull(feed, "feed == null");
      return this;
    }

    /**
     * Sets the API key that belongs to the feed (required).
     *
     * @throws IllegalArgumentException if it is blank
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Secret.of("apiKey", apiKey);
      return this;
    }

    /**
     * Sets the most actions per request, 1 to {@value OrtecClient#MAX_BATCH_SIZE} (the default).
     */
    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Sets how many batches of one submission may be in flight at once, 1 (the default) to {@value
     * OrtecClient#MAX_BATCH_CONCURRENCY}. Batches may then be applied in any order, so a submission
     * in which one id occurs in two batches is still sent one batch at a time.
     */
    public Builder batchConcurrency(int batchConcurrency) {
      this.batchConcurrency = batchConcurrency;
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException if {@code baseUri}, {@code feed} or {@code apiKey} is not set
     * @throws IllegalArgumentException if a setting is out of range or {@code feed} is blank
     */
    public OrtecClient build() {
      if (feed == null) {
        throw new IllegalStateException("feed is required: set feed(...)");
      }
      Validate.notBlank("feed", feed);
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required: set apiKey(...)");
      }
      Validate.check(
          batchSize >= 1 && batchSize <= MAX_BATCH_SIZE,
          "batchSize",
          "must be 1 to " + MAX_BATCH_SIZE + " (was " + batchSize + ")");
      Validate.check(
          batchConcurrency >= 1 && batchConcurrency <= MAX_BATCH_CONCURRENCY,
          "batchConcurrency",
          "must be 1 to " + MAX_BATCH_CONCURRENCY + " (was " + batchConcurrency + ")");
      ApiClient api =
          ApiClient.builder(options(Optional.empty()))
              .auth(
                  BodyApiKeyAuth.builder()
                      .field("feed", feed)
                      .secretField("apikey", apiKey)
                      .build())
              .format(MediaFormat.JSON)
              .errorParser(OrtecEndpoints.ERRORS)
              .build();
      return new OrtecClient(api, feed, batchSize, batchConcurrency);
    }

    @Override
    public String toString() {
      return "OrtecClient.Builder{feed="
          + feed
          + ", apiKey="
          + (apiKey == null ? "unset" : "****")
          + ", batchSize="
          + batchSize
          + ", batchConcurrency="
          + batchConcurrency
          + "}";
    }
  }
}
