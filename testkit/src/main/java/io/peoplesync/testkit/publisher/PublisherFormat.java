package io.peoplesync.testkit.publisher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;

/**
 * Publisher's two formats: request bodies read by {@code Content-Type} (JSON unless it names XML),
 * answers written as the {@code Accept} header asks (JSON unless XML comes first). A JSON answer
 * wraps its content in the root key ({@code {"user": {...}}}); an XML one names the root element.
 */
final class PublisherFormat {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final XmlMapper XML = hardenedXml();

  private PublisherFormat() {}

  private static XmlMapper hardenedXml() {
    XMLInputFactory input = XMLInputFactory.newFactory();
    input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XmlMapper mapper = new XmlMapper(XmlFactory.builder().xmlInputFactory(input).build());
    mapper.enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION);
    return mapper;
  }

  /** Returns whether the caller asked for XML: {@code application/xml} before any JSON type. */
  static boolean wantsXml(RecordedRequest request) {
    String accept = request.header("Accept").orElse("").toLowerCase(Locale.ROOT);
    int xml = accept.indexOf("/xml");
    int json = accept.indexOf("/json");
    return xml >= 0 && (json < 0 || xml < json);
  }

  /**
   * Returns the body as a tree, XML's root element left out; null when the body is empty.
   *
   * @throws PublisherRejection (400) when the body cannot be read
   */
  static JsonNode readBody(RecordedRequest request) {
    String text = request.bodyText();
    if (text.isBlank()) {
      return null;
    }
    boolean xml =
        request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT).contains("xml");
    try {
      return xml ? XML.readTree(text) : JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw PublisherRejection.badRequest(
          74, "Request parameters are missing: the body is not valid " + (xml ? "XML" : "JSON"));
    }
  }

  /** Returns a 200 answer of {@code content} under {@code root}, in the format asked for. */
  static FakeResponse ok(boolean xml, String root, JsonNode content) {
    return answer(200, xml, root, content);
  }

  /** Returns Publisher's error body: {@code summary}, {@code ref} (when known) and {@code link}. */
  static FakeResponse error(boolean xml, PublisherRejection rejection, String link) {
    ObjectNode error = JSON.createObjectNode();
    error.put("summary", rejection.summary());
    if (rejection.ref() != null) {
      error.put("ref", rejection.ref());
    }
    error.put("link", link);
    return answer(rejection.status(), xml, "error", error);
  }

  private static FakeResponse answer(int status, boolean xml, String root, JsonNode content) {
    if (!xml) {
      ObjectNode wrapped = JSON.createObjectNode();
      wrapped.set(root, content);
      return FakeResponse.json(status, wrapped);
    }
    try {
      return FakeResponse.xml(status, XML.writer().withRootName(root).writeValueAsString(content));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
  }
}
