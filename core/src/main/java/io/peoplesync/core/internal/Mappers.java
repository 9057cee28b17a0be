package io.peoplesync.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import javax.xml.stream.XMLInputFactory;

/** Builds the SDK's private Jackson mappers; one configuration for JSON and XML. */
public final class Mappers {
  private Mappers() {}

  /** Returns a new tolerant JSON mapper. */
  public static ObjectMapper json() {
    JacksonVersion.check();
    return configure(new ObjectMapper());
  }

  /** Returns a new tolerant XML mapper with DTDs and external entities disabled. */
  public static XmlMapper xml() {
    JacksonVersion.check();
    XMLInputFactory input = XMLInputFactory.newFactory();
    input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XmlFactory factory = XmlFactory.builder().xmlInputFactory(input).build();
    return configure(new XmlMapper(factory));
  }

  private static <M extends ObjectMapper> M configure(M mapper) {
    mapper.registerModule(new Jdk8Module());
    // Generated accessors (LambdaMetafactory) instead of reflective calls with an argument array
    // for every property set: the models' Immutables Json delegates have a setter per field.
    mapper.registerModule(new BlackbirdModule());
    mapper.registerModule(new JavaTimeModule());
    // After JavaTimeModule, so its fast paths take precedence; anything unusual still goes there.
    mapper.registerModule(IsoTime.module());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    mapper.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    mapper.enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    return mapper;
  }
}
