package io.peoplesync.publisher;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.IOException;
import java.util.Objects;

/**
 * A user as a request or response body: {@code {"user": {...}}} in JSON, the {@code <user>} root
 * element in XML (the endpoint names the root).
 */
@JsonSerialize(using = UserEnvelope.Writer.class)
@JsonDeserialize(using = UserEnvelope.Reader.class)
final class UserEnvelope {
  private final PublisherUser user;

  UserEnvelope(PublisherUser user) {
    this.user = Objects.requireNonNull(user, "user == null");
  }

  PublisherUser user() {
    return user;
  }

  static final class Writer extends StdSerializer<UserEnvelope> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(UserEnvelope.class);
    }

    @Override
    public void serialize(UserEnvelope value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (gen instanceof ToXmlGenerator) {
        provider.defaultSerializeValue(value.user, gen);
        return;
      }
      gen.writeStartObject();
      gen.writeFieldName("user");
      provider.defaultSerializeValue(value.user, gen);
      gen.writeEndObject();
    }
  }

  static final class Reader extends StdDeserializer<UserEnvelope> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(UserEnvelope.class);
    }

    @Override
    public UserEnvelope deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new UserEnvelope(Envelopes.readUser(p, ctxt, PublisherUser.class));
    }
  }
}
