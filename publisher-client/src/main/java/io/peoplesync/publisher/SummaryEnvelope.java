package io.peoplesync.publisher;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** A user summary response: {@code {"user": {...}}} in JSON, the root element in XML. */
@JsonDeserialize(using = SummaryEnvelope.Reader.class)
final class SummaryEnvelope {
  private final UserSummary user;

  SummaryEnvelope(UserSummary user) {
    this.user = user;
  }

  UserSummary user() {
    return user;
  }

  static final class Reader extends StdDeserializer<SummaryEnvelope> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(SummaryEnvelope.class);
    }

    @Override
    public SummaryEnvelope deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return new SummaryEnvelope(Envelopes.readUser(p, ctxt, UserSummary.class));
    }
  }
}
