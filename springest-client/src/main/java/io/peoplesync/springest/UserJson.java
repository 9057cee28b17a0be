package io.peoplesync.springest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link SpringestUser} in Springest's field names, either as set (the JSON form of the
 * value, and the body of a merge) or complete (the body of a replace), and reads it back.
 *
 * <p>How the complete record clears a field that is not set, per field (the import overwrites with
 * whatever is sent, "even when a value is empty"):
 *
 * <ul>
 *   <li>the documented strings, {@code gender} and {@code birthdate} (typed "string" in the docs):
 *       {@code ""};
 *   <li>{@code employment_start_date} and {@code employment_end_date} (typed "date"): {@code null},
 *       the JSON for no date;
 *   <li>{@code approvers} and {@code tags}: {@code []};
 *   <li>{@code active}: {@code true}, the documented default;
 *   <li>{@code external_id}: left out, because an id that is sent wins the match and an empty one
 *       would be matched on; {@code email}: {@code ""} only when an external id identifies the
 *       user.
 * </ul>
 */
final class UserJson {
  /** The documented field names; {@code putExtra} may not repeat them. */
  static final Set<String> FIELDS =
      Set.of(
          "external_id",
          "email",
          "gender",
          "first_name",
          "last_name",
          "phone_number",
          "birthdate",
          "birthplace",
          "company_name",
          "address",
          "house_number",
          "zip_code",
          "city",
          "country",
          "active",
          "job_title",
          "department_name",
          "business_unit",
          "cost_center",
          "cost_center_name",
          "approvers",
          "tags",
          "employment_start_date",
          "employment_end_date");

  private UserJson() {}

  /** A request body: the user and whether the complete record is sent. */
  @JsonSerialize(using = BodyWriter.class)
  static final class Body {
    final SpringestUser user;
    final boolean complete;

    private Body(SpringestUser user, boolean complete) {
      this.user = user;
      this.complete = complete;
    }

    static Body complete(SpringestUser user) {
      return new Body(user, true);
    }

    static Body asSet(SpringestUser user) {
      return new Body(user, false);
    }
  }

  static void write(SpringestUser u, boolean complete, JsonGenerator g, SerializerProvider p)
      throws IOException {
    g.writeStartObject();
    if (u.externalId().isPresent()) {
      g.writeStringField("external_id", u.externalId().get());
    }
    text(g, "email", u.email(), complete && u.externalId().isPresent());
    text(g, "gender", u.gender().map(Gender::wire), complete);
    text(g, "first_name", u.firstName(), complete);
    text(g, "last_name", u.lastName(), complete);
    text(g, "phone_number", u.phoneNumber(), complete);
    text(g, "birthdate", u.birthdate().map(LocalDate::toString), complete);
    text(g, "birthplace", u.birthplace(), complete);
    text(g, "company_name", u.companyName(), complete);
    text(g, "address", u.address(), complete);
    text(g, "house_number", u.houseNumber(), complete);
    text(g, "zip_code", u.zipCode(), complete);
    text(g, "city", u.city(), complete);
    text(g, "country", u.country(), complete);
    if (complete || u.active().isPresent()) {
      g.writeBooleanField("active", u.active().orElse(true));
    }
    text(g, "job_title", u.jobTitle(), complete);
    text(g, "department_name", u.departmentName(), complete);
    text(g, "business_unit", u.businessUnit(), complete);
    text(g, "cost_center", u.costCenter(), complete);
    text(g, "cost_center_name", u.costCenterName(), complete);
    if (complete || !u.approvers().isEmpty() || u.clearApprovers()) {
      g.writeArrayFieldStart("approvers");
      for (Approver a : u.approvers()) {
        approver(a, g);
      }
      g.writeEndArray();
    }
    if (complete || !u.tags().isEmpty() || u.clearTags()) {
      g.writeArrayFieldStart("tags");
      for (String tag : u.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    date(g, "employment_start_date", u.employmentStartDate(), complete);
    date(g, "employment_end_date", u.employmentEndDate(), complete);
    for (Map.Entry<String, Object> extra : u.extras().entrySet()) {
      g.writeFieldName(extra.getKey());
      extra(extra.getValue(), g, p);
    }
    g.writeEndObject();
  }

  // Maps and lists by hand: the codec's default inclusion would drop the nulls nested in them.
  private static void extra(Object value, JsonGenerator g, SerializerProvider p)
      throws IOException {
    if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        extra(e.getValue(), g, p);
      }
      g.writeEndObject();
    } else if (value instanceof Collection) {
      g.writeStartArray();
      for (Object element : (Collection<?>) value) {
        extra(element, g, p);
      }
      g.writeEndArray();
    } else {
      p.defaultSerializeValue(value, g);
    }
  }

  // By hand, as the tags are: the same members as Approver's own JSON form, without a serializer
  // lookup per element.
  private static void approver(Approver a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("email", a.email());
    g.writeStringField("label", a.label().wire());
    if (a.canApprove().isPresent()) {
      g.writeBooleanField("can_approve", a.canApprove().get());
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Optional<String> value, boolean clear)
      throws IOException {
    if (value.isPresent() || clear) {
      g.writeStringField(name, value.orElse(""));
    }
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> value, boolean clear)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    } else if (clear) {
      g.writeNullField(name);
    }
  }

  /** Writes a request body in its view. */
  static final class BodyWriter extends StdSerializer<Body> {
    private static final long serialVersionUID = 1L;

    BodyWriter() {
      super(Body.class);
    }

    @Override
    public void serialize(Body body, JsonGenerator g, SerializerProvider p) throws IOException {
      write(body.user, body.complete, g, p);
    }
  }

  /** Writes the fields that are set: the JSON form of the value. */
  static final class Writer extends StdSerializer<SpringestUser> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(SpringestUser.class);
    }

    @Override
    public void serialize(SpringestUser user, JsonGenerator g, SerializerProvider p)
        throws IOException {
      write(user, false, g, p);
    }
  }

  /**
   * Reads a user without applying the send rules: {@code null} (and {@code ""} for gender and
   * dates) means not set, {@code active} may be a boolean or {@code "true"}/{@code "false"}, a
   * single tag or approver may stand for a list, an empty list reads as cleared, unknown fields go
   * to extras.
   */
  static final class Reader extends StdDeserializer<SpringestUser> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(SpringestUser.class);
    }

    @Override
    public SpringestUser deserialize(JsonParser parser, DeserializationContext ctxt)
        throws IOException {
      JsonNode node = ctxt.readTree(parser);
      if (!node.isObject()) {
        return ctxt.reportInputMismatch(this, "a Springest user must be a JSON object");
      }
      SpringestUser.Builder b = SpringestUser.builder();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        read(b, field.getKey(), field.getValue(), ctxt);
      }
      return b.build();
    }

    private void read(SpringestUser.Builder b, String name, JsonNode v, DeserializationContext c)
        throws IOException {
      switch (name) {
        case "external_id":
          b.externalId(text(name, v, c));
          break;
        case "email":
          b.email(text(name, v, c));
          break;
        case "gender":
          b.gender(text(name, v, c).filter(s -> !s.isEmpty()).map(Gender::fromWire));
          break;
        case "first_name":
          b.firstName(text(name, v, c));
          break;
        case "last_name":
          b.lastName(text(name, v, c));
          break;
        case "phone_number":
          b.phoneNumber(text(name, v, c));
          break;
        case "birthdate":
          b.birthdate(date(name, v, c));
          break;
        case "birthplace":
          b.birthplace(text(name, v, c));
          break;
        case "company_name":
          b.companyName(text(name, v, c));
          break;
        case "address":
          b.address(text(name, v, c));
          break;
        case "house_number":
          b.houseNumber(text(name, v, c));
          break;
        case "zip_code":
          b.zipCode(text(name, v, c));
          break;
        case "city":
          b.city(text(name, v, c));
          break;
        case "country":
          b.country(text(name, v, c));
          break;
        case "active":
          b.active(bool(name, v, c));
          break;
        case "job_title":
          b.jobTitle(text(name, v, c));
          break;
        case "department_name":
          b.departmentName(text(name, v, c));
          break;
        case "business_unit":
          b.businessUnit(text(name, v, c));
          break;
        case "cost_center":
          b.costCenter(text(name, v, c));
          break;
        case "cost_center_name":
          b.costCenterName(text(name, v, c));
          break;
        case "approvers":
          List<Approver> approvers = new ArrayList<>();
          for (JsonNode a : list(v)) {
            approvers.add(c.readTreeAsValue(a, Approver.class));
          }
          b.approvers(approvers).clearApprovers(v.isArray() && v.isEmpty());
          break;
        case "tags":
          List<String> tags = new ArrayList<>();
          for (JsonNode t : list(v)) {
            tags.add(text(name, t, c).orElse(""));
          }
          b.tags(tags).clearTags(v.isArray() && v.isEmpty());
          break;
        case "employment_start_date":
          b.employmentStartDate(date(name, v, c));
          break;
        case "employment_end_date":
          b.employmentEndDate(date(name, v, c));
          break;
        default:
          b.putExtra(name, v.isNull() ? null : c.readTreeAsValue(v, Object.class));
      }
    }

    private Optional<String> text(String name, JsonNode v, DeserializationContext c)
        throws IOException {
      if (v.isNull()) {
        return Optional.empty();
      }
      if (!v.isValueNode()) {
        return c.reportInputMismatch(this, "%s must be a text, not %s", name, v.getNodeType());
      }
      return Optional.of(v.asText());
    }

    private Optional<LocalDate> date(String name, JsonNode v, DeserializationContext c)
        throws IOException {
      Optional<String> text = text(name, v, c).filter(s -> !s.isEmpty());
      try {
        return text.map(LocalDate::parse);
      } catch (DateTimeParseException e) {
        return c.reportInputMismatch(this, "%s must be a date like 2024-03-01", name);
      }
    }

    private Optional<Boolean> bool(String name, JsonNode v, DeserializationContext c)
        throws IOException {
      if (v.isBoolean()) {
        return Optional.of(v.booleanValue());
      }
      String text = text(name, v, c).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
      if (text.equals("true") || text.equals("false")) {
        return Optional.of(text.equals("true"));
      }
      return text.isEmpty()
          ? Optional.empty()
          : c.reportInputMismatch(this, "%s must be true or false", name);
    }

    private static Iterable<JsonNode> list(JsonNode v) {
      if (v.isNull()) {
        return List.of();
      }
      return v.isArray() ? v : List.of(v);
    }
  }
}
