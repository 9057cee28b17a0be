package io.peoplesync.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Publisher user with the fields of the SDK's {@code PublisherUser}, read from XML. */
public final class PlainPublisherUser {
  /** Publisher's id ({@code id} in JSON, {@code userid} in XML). */
  @JsonAlias("userid")
  public String id;

  /** The name parts. */
  public Name name;

  /** The caller's id. */
  public String externalid;

  /** The e-mail address. */
  public String email;

  /** The phone number. */
  public String phone;

  /** The job title. */
  public String jobtitle;

  /** The mobile number. */
  public String mobile;

  /** The department. */
  public String department;

  /** The status text. */
  public String status;

  /** The organisation. */
  public Organisation organisation;

  /** The location. */
  public Location location;

  /** The picture's address. */
  public String img;

  /** The social links. */
  @JsonProperty("sociallinks")
  public Links sociallinks = new Links();

  /** The custom links. */
  @JsonProperty("customlink")
  public Links customlinks = new Links();

  /** The messaging links. */
  @JsonProperty("messaginglink")
  public Links messaginglinks = new Links();

  /** The secretary's name. */
  public String secretaryname;

  /** The secretary's e-mail address. */
  public String secretarymail;

  /** The biography. */
  public String bio;

  /** Where the user came from. */
  public String sourcetype;

  /** The specialities. */
  public String specialities;

  /** Fields this class does not name. */
  public final Map<String, Object> extras = new LinkedHashMap<>();

  /** Keeps a field this class does not name. */
  @JsonAnySetter
  public void extra(String name, Object value) {
    extras.put(name, value);
  }

  /** The name parts. */
  public static final class Name {
    /** The first name. */
    public String firstname;

    /** The last name. */
    public String lastname;

    /** The title. */
    public String title;

    /** The name the user goes by. */
    public String goesby;
  }

  /** The organisation. */
  public static final class Organisation {
    /** The name. */
    public String orgname;

    /** The id. */
    public String orgid;

    /** The address id. */
    public String orgaddressid;

    /** The address. */
    public String orgaddress;
  }

  /** The location. */
  public static final class Location {
    /** The first address line. */
    public String addressline1;

    /** The second address line. */
    public String addressline2;

    /** The city. */
    public String city;

    /** The country. */
    public String country;

    /** The postal code. */
    @JsonAlias("postCode")
    public String postcode;
  }

  /** A named link. */
  public static final class Link {
    /** The name. */
    public String name;

    /** The address or handle. */
    public String value;
  }

  /** A list of links, each in a {@code link} element. */
  public static final class Links {
    /** The links. */
    @JacksonXmlElementWrapper(useWrapping = false)
    public List<Link> link = List.of();
  }

  /** Publisher's XML answer: a {@code users} root holding the user. */
  public static final class Users {
    /** The users; a get answers one. */
    @JacksonXmlElementWrapper(useWrapping = false)
    public List<PlainPublisherUser> user = List.of();
  }
}
