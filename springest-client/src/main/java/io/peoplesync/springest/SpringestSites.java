package io.peoplesync.springest;

import io.peoplesync.core.spi.Futures;
import io.peoplesync.core.spi.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Saves one user on several Springest Go sites, for organisations with a site per country. Each
 * site has its own {@link SpringestClient} (and so its own API key).
 *
 * <p>A save runs on all sites at the same time and never stops at the first failure: the report
 * says, per site, which reference came back or which exception was thrown.
 *
 * <pre>{@code
 * SpringestSites sites = SpringestSites.builder()
 *     .add("nl", SpringestClient.builder().site("acme", "nl").apiKey(nlKey).build())
 *     .add("de", SpringestClient.builder().site("acme", "de").apiKey(deKey).build())
 *     .build();
 * SaveReport report = sites.saveEverywhere(user);
 * report.failures().forEach(f -> log(f.site(), f.error().get()));
 * }</pre>
 */
public class SpringestSites {
  private final Map<String, SpringestClient> sites;

  SpringestSites(Map<String, SpringestClient> sites) {
    this.sites = Collections.unmodifiableMap(new LinkedHashMap<>(sites));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the configured site names, in the order they were added. */
  public Set<String> sites() {
    return sites.keySet();
  }

  /**
   * Saves {@code user} on every site (see {@link UsersApi#save}: a full replace) and waits for all.
   * Never throws for a site's failure; it is in the report.
   */
  public SaveReport saveEverywhere(SpringestUser user) {
    return Futures.join(saveEverywhereAsync(user));
  }

  /** Saves like {@link #saveEverywhere} without blocking; the future completes with the report. */
  public CompletableFuture<SaveReport> saveEverywhereAsync(SpringestUser user) {
    Objects.requireNonNull(user, "user == null");
    List<CompletableFuture<SiteResult>> pending = new ArrayList<>();
    sites.forEach((site, client) -> pending.add(saveOn(site, client, user)));
    return CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0]))
        .thenApply(
            done ->
                SaveReport.of(
                    pending.stream().map(CompletableFuture::join).collect(Collectors.toList())));
  }

  private static CompletableFuture<SiteResult> saveOn(
      String site, SpringestClient client, SpringestUser user) {
    CompletableFuture<SpringestUserRef> saved;
    try {
      saved = client.users().saveAsync(user);
    } catch (RuntimeException e) {
      saved = CompletableFuture.failedFuture(e);
    }
    return saved.handle(
        (ref, failure) ->
            failure == null
                ? SiteResult.success(site, ref)
                : SiteResult.failure(site, cause(failure)));
  }

  private static RuntimeException cause(Throwable failure) {
    Throwable cause = Futures.unwrap(failure);
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return cause instanceof RuntimeException
        ? (RuntimeException) cause
        : new CompletionException(cause);
  }

  @Override
  public String toString() {
    return "SpringestSites" + sites;
  }

  /** Builds {@link SpringestSites}; at least one site is required, names must be unique. */
  public static final class Builder {
    private final Map<String, SpringestClient> sites = new LinkedHashMap<>();

    Builder() {}

    /**
     * Adds a site under a name of the caller's choice (used in reports).
     *
     * @throws IllegalArgumentException if the name is blank or already added
     */
    public Builder add(String site, SpringestClient client) {
      Validate.notBlank("site", site);
      Objects.requireNonNull(client, "client == null");
      Validate.check(!sites.containsKey(site), "site", "must be unique (" + site + " added twice)");
      sites.put(site, client);
      return this;
    }

    /**
     * Returns the helper.
     *
     * @throws IllegalStateException if no site was added
     */
    public SpringestSites build() {
      if (sites.isEmpty()) {
        throw new IllegalStateException("at least one site is required");
      }
      return new SpringestSites(sites);
    }
  }
}
