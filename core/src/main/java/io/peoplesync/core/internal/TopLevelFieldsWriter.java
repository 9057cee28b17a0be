package io.peoplesync.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a JSON object with some top-level fields put first, in one pass: the fields are written,
 * then the value through a generator that leaves out the value's own outermost braces and watches
 * its top-level member names. An ORTEC batch of 1,000 accounts is then written once, not written,
 * scanned for its member names and copied.
 *
 * <p>{@link #write} returns null where only a tree merge gives the right result: the value is not a
 * JSON object, or it has a top-level member named like one of the fields (the value's member wins
 * there, in the field's place).
 */
final class TopLevelFieldsWriter {
  private TopLevelFieldsWriter() {}

  /** Returns the bytes, or null to fall back to the merge; see the class documentation. */
  static byte[] write(ObjectMapper mapper, Object value, Map<String, Object> fields)
      throws IOException {
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      Members members;
      try (JsonGenerator g = mapper.createGenerator(out)) {
        g.writeStartObject();
        for (Map.Entry<String, Object> f : fields.entrySet()) {
          g.writeFieldName(f.getKey());
          mapper.writeValue(g, f.getValue());
        }
        members = new Members(g, fields);
        try {
          mapper.writeValue(members, value);
        } catch (IOException e) {
          // A value that never opened an object wrote a root scalar, which the generator refuses
          // inside the object already open.
          if (fellBack(e) || !members.openedObject()) {
            return null;
          }
          throw e;
        }
        if (!members.wasObject()) {
          return null;
        }
        g.writeEndObject();
      }
      return out.toByteArray();
    }
  }

  // A serializer may wrap what the generator throws; the fallback is found in the causes.
  private static boolean fellBack(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Fallback) {
        return true;
      }
    }
    return false;
  }

  /** Thrown to stop writing as soon as the merge is known to be needed. */
  private static final class Fallback extends IOException {
    private static final long serialVersionUID = 1L;

    Fallback() {
      super(null, null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** Passes the value's members through, without its outermost braces. */
  private static final class Members extends JsonGeneratorDelegate {
    private final Map<String, Object> fields;
    private int depth;
    private boolean object;
    private boolean closed;

    Members(JsonGenerator g, Map<String, Object> fields) {
      super(g, false);
      this.fields = fields;
    }

    boolean openedObject() {
      return object;
    }

    boolean wasObject() {
      return object && closed;
    }

    private boolean openRoot() throws Fallback {
      if (depth == 0) {
        if (object) {
          throw new Fallback();
        }
        object = true;
        depth = 1;
        return true;
      }
      depth++;
      return false;
    }

    private void openNested() throws Fallback {
      if (depth == 0) {
        throw new Fallback();
      }
      depth++;
    }

    private void name(String name) throws Fallback {
      if (depth == 1 && fields.containsKey(name)) {
        throw new Fallback();
      }
    }

    @Override
    public void writeStartObject() throws IOException {
      if (!openRoot()) {
        super.writeStartObject();
      }
    }

    @Override
    public void writeStartObject(Object forValue) throws IOException {
      if (!openRoot()) {
        super.writeStartObject(forValue);
      }
    }

    @Override
    public void writeStartObject(Object forValue, int size) throws IOException {
      if (!openRoot()) {
        super.writeStartObject(forValue, size);
      }
    }

    @Override
    public void writeEndObject() throws IOException {
      depth--;
      if (depth == 0) {
        closed = true;
      } else {
        super.writeEndObject();
      }
    }

    @Override
    public void writeStartArray() throws IOException {
      openNested();
      super.writeStartArray();
    }

    @Override
    public void writeStartArray(int size) throws IOException {
      openNested();
      super.writeStartArray(size);
    }

    @Override
    public void writeStartArray(Object forValue) throws IOException {
      openNested();
      super.writeStartArray(forValue);
    }

    @Override
    public void writeStartArray(Object forValue, int size) throws IOException {
      openNested();
      super.writeStartArray(forValue, size);
    }

    @Override
    public void writeEndArray() throws IOException {
      depth--;
      super.writeEndArray();
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      name(name);
      super.writeFieldName(name);
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
      name(name.getValue());
      super.writeFieldName(name);
    }

    @Override
    public void writeFieldId(long id) throws IOException {
      name(Long.toString(id));
      super.writeFieldId(id);
    }
  }
}
