package io.peoplesync.publisher;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Writes an id kept as text the way Publisher's examples show it: a plain number when it is one (no
 * sign, no leading zero, so nothing is lost), a string otherwise. Reading needs no help: Jackson
 * reads a number into a string field as its text.
 */
final class WireId extends StdSerializer<String> {
  private static final long serialVersionUID = 1L;
  private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");

  WireId() {
    super(String.class);
  }

  @Override
  public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (NUMBER.matcher(value).matches()) {
      gen.writeNumber(value);
    } else {
      gen.writeString(value);
    }
  }
}
