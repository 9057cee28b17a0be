package io.peoplesync.benchmarks.vendors;

import java.nio.charset.StandardCharsets;

/**
 * The vendor answers the benchmark server sends, shaped like the vendors' documented responses
 * (field names, nesting, unknown fields the models keep as extras), with made-up values.
 */
public final class CannedResponses {
  private CannedResponses() {}

  /**
   * Returns Pepper user number {@code n} as JSON: the model's fields plus fields it does not name
   * (kept as extras), a credential and a JSON null.
   */
  public static String pepperUser(long n) {
    String hex = Long.toHexString(n);
    String id = "64e34958d8623591" + "00000000".substring(Math.min(8, hex.length())) + hex;
    return "{\"_id\":\""
        + id
        + "\",\"id\":\""
        + id
        + "\",\"tenantId\":\"5f9a1c2e8b7d4e0012ab34cd\",\"firstName\":\"Ann"
        + n
        + "\",\"lastName\":\"Lee\",\"fullName\":\"Ann"
        + n
        + " Lee\",\"hasAgreedToShareData\":true,\"hasAgreedToReceiveMarketing\":false,"
        + "\"isActivated\":true,\"roles\":[\"USER\"],\"defaultTip\":null,"
        + "\"favouriteLocations\":[],\"tags\":[],\"state\":\"ACTIVE\","
        + "\"created\":\"2023-08-21T11:30:00.123Z\",\"updatedAt\":\"2024-02-01T09:15:42.007Z\","
        + "\"externalLoyaltyId\":null,\"primaryPlatform\":\"IOS\","
        + "\"credentials\":[{\"provider\":\"EMAIL\",\"id\":\"ann"
        + n
        + "@example.com\",\"isVerified\":true}]}";
  }

  /**
   * Returns a Pepper page of {@code count} users starting at user {@code from}; {@code startKey} is
   * left out when {@code next} is null.
   */
  public static byte[] pepperPage(long from, int count, int limit, String next) {
    StringBuilder sb = new StringBuilder(count * 700 + 100).append("{\"items\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(pepperUser(from + i));
    }
    sb.append("],\"page\":{\"count\":").append(count).append(",\"limit\":").append(limit);
    if (next != null) {
      sb.append(",\"startKey\":\"").append(next).append('"');
    }
    return sb.append("}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Springest's answer to a save: the user's id (the client also reads a bare number). */
  public static final byte[] SPRINGEST_SAVED =
      "{\"id\":12345,\"external_id\":\"E-1\",\"email\":\"ann@example.com\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** A Publisher user in Publisher's XML user model (userid, postCode, customlink, ...). */
  public static final byte[] PUBLISHER_USER_XML =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<users><user><userid>3</userid>"
              + "<name><firstname>Grace</firstname><lastname>Hopper</lastname>"
              + "<goesby>Amazing Grace</goesby><title>Dr</title></name>"
              + "<externalid>HR-1906</externalid><email>grace.hopper@example.com</email>"
              + "<phone>442070000001</phone><jobtitle>Principal Engineer</jobtitle>"
              + "<mobile>447700900001</mobile><department>Engineering</department>"
              + "<status>Active</status>"
              + "<organisation><orgname>Example Ltd</orgname><orgid>42</orgid>"
              + "<orgaddressid>7</orgaddressid></organisation>"
              + "<location><addressline1>1 Harbour Road</addressline1>"
              + "<addressline2>Floor 3</addressline2><city>Leeds</city>"
              + "<country>United Kingdom</country><postCode>LS1 4AB</postCode></location>"
              + "<img>https://cdn.example.com/people/grace.png</img>"
              + "<sociallinks><link><name>LinkedIn</name>"
              + "<value>https://www.linkedin.com/in/grace</value></link></sociallinks>"
              + "<customlink><link><name>Blog</name><value>https://grace.example.com</value></link>"
              + "<link><name>Wiki</name><value>https://wiki.example.com/grace</value></link>"
              + "</customlink>"
              + "<messaginglink><link><name>Teams</name><value>grace.hopper</value></link>"
              + "</messaginglink>"
              + "<secretaryname>Ada Byron</secretaryname>"
              + "<secretarymail>ada.byron@example.com</secretarymail>"
              + "<bio>Builds compilers</bio><sourcetype>AD</sourcetype>"
              + "<specialities>cobol,compilers</specialities></user></users>")
          .getBytes(StandardCharsets.UTF_8);

  /** A Spencer user, with translated fields and fields the model keeps as extras. */
  public static final byte[] SPENCER_USER =
      ("{\"external_id\":\"E-2002\",\"first_name\":\"Bob\",\"last_name\":\"Jones\","
              + "\"email\":\"bob.jones@example.com\",\"authentication_type\":\"magic_link\","
              + "\"job_title\":[{\"locale\":\"en-US\",\"value\":\"Analyst\"},"
              + "{\"locale\":\"fr-BE\",\"value\":\"Analyste\"}],"
              + "\"tags\":[\"fin\"],\"badge\":{\"level\":\"gold\",\"since\":2019},"
              + "\"created_at\":\"2025-06-01T08:00:00Z\",\"contract_hours\":38}")
          .getBytes(StandardCharsets.UTF_8);

  /** Returns ORTEC's answer to a batch of {@code count} accounts, every one ok. */
  public static byte[] ortecResults(int count) {
    StringBuilder sb = new StringBuilder(count * 18 + 20).append("{\"results\":[");
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"status\":\"ok\"}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
