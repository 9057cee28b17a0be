package io.peoplesync.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** One ORTEC account action as sent: {@code {"action": "upsert", "id": ..., fields...}}. */
@JsonPropertyOrder({"action", "id"})
public final class PlainOrtecAction {
  /** The action, for example {@code upsert}. */
  public String action;

  /** The account id. */
  public String id;

  private final Map<String, Object> fields;

  /** Creates an action with its account fields. */
  public PlainOrtecAction(String action, String id, Map<String, Object> fields) {
    this.action = action;
    this.id = id;
    this.fields = fields;
  }

  /** Returns the account fields, written as top-level members. */
  @JsonAnyGetter
  public Map<String, Object> fields() {
    return fields;
  }

  /** The batch request. */
  public static final class Request {
    /** The feed name. */
    public String feed;

    /** The API key. */
    public String apikey;

    /** The actions. */
    public List<PlainOrtecAction> accounts;

    /** Creates a request. */
    public Request(String feed, String apikey, List<PlainOrtecAction> accounts) {
      this.feed = feed;
      this.apikey = apikey;
      this.accounts = accounts;
    }
  }

  /** ORTEC's answer: one result per action, in order. */
  public static final class Results {
    /** The results. */
    public List<Result> results = List.of();
  }

  /** One action's result. */
  public static final class Result {
    /** {@code ok} on success. */
    public String status;

    /** The error, on failure. */
    public String error;
  }
}
