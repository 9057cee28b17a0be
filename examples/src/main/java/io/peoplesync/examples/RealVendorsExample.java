package io.peoplesync.examples;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.UserQuery;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.springest.SpringestClient;
import java.net.URI;

/**
 * The same five clients pointed at the real vendors, with every credential read from the
 * environment. Prints which clients it could build and makes one harmless read where a vendor
 * offers one; nothing is written.
 */
public final class RealVendorsExample {
  private RealVendorsExample() {}

  /** Builds the clients whose environment variables are set. */
  public static void main(String[] args) {
    if (has("SPENCER_CUSTOMER", "SPENCER_CLIENT_ID", "SPENCER_CLIENT_SECRET")) {
      SpencerClient spencer =
          SpencerClient.builder()
              .customer(env("SPENCER_CUSTOMER"))
              .clientCredentials(env("SPENCER_CLIENT_ID"), env("SPENCER_CLIENT_SECRET"))
              .build();
      System.out.println("Spencer: user ext-42 exists? " + spencer.users().exists("ext-42"));
    }
    if (has("ORTEC_BASE_URI", "ORTEC_FEED", "ORTEC_API_KEY")) {
      OrtecClient ortec =
          OrtecClient.builder()
              .baseUri(URI.create(env("ORTEC_BASE_URI")))
              .feed(env("ORTEC_FEED"))
              .apiKey(env("ORTEC_API_KEY"))
              .build();
      System.out.println("ORTEC: client ready " + ortec);
    }
    if (has("PUBLISHER_BASE_URI", "PUBLISHER_TOKEN")) {
      PublisherClient publisher =
          PublisherClient.builder()
              .baseUri(URI.create(env("PUBLISHER_BASE_URI")))
              .bearerToken(env("PUBLISHER_TOKEN"))
              .format(MediaFormat.XML)
              .build();
      System.out.println("Publisher: user 1 is " + publisher.users().get("1").email());
    }
    if (has("SPRINGEST_SITE", "SPRINGEST_TLD", "SPRINGEST_API_KEY")) {
      SpringestClient springest =
          SpringestClient.builder()
              .site(env("SPRINGEST_SITE"), env("SPRINGEST_TLD"))
              .apiKey(env("SPRINGEST_API_KEY"))
              .build();
      System.out.println("Springest: E-1 " + springest.users().findByExternalId("E-1"));
    }
    if (has("PEPPER_TOKEN", "PEPPER_APPLICATION_ID")) {
      PepperClient pepper =
          PepperClient.builder()
              .baseUri(URI.create("https://api.pepperhq.com"))
              .token(env("PEPPER_TOKEN"))
              .applicationId(env("PEPPER_APPLICATION_ID"))
              .build();
      System.out.println(
          "Pepper: first user "
              + pepper.users().list(UserQuery.builder().limit(1).build()).stream().findFirst());
    }
  }

  private static boolean has(String... names) {
    for (String n : names) {
      if (System.getenv(n) == null || System.getenv(n).isBlank()) {
        System.out.println("skipped: set " + String.join(", ", names));
        return false;
      }
    }
    return true;
  }

  private static String env(String name) {
    return System.getenv(name);
  }
}
