package org.sanctionsplatform.publication.adapters.register;

import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.RegisterEntry;

/**
 * The register's Atom feed (RFC 4287): an entry per version put on the register, releases and amendments alike,
 * latest first, each linking to the publication's page. Written with the JDK's StAX writer, which escapes every text
 * and attribute: the format is a handful of elements, so no feed library is worth its dependencies. Links are relative
 * to the feed's own address (RFC 4287 §3.4 via xml:base rules), so no Host header is echoed into it.
 */
@Singleton
class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The feed's permanent id; entries are tag URIs under the same authority (RFC 4151). */
    private static final String FEED_ID = "tag:sanctionsplatform.org,2026:register";
    /** The feed's date when the register is still empty: any fixed instant will do, it never changes. */
    private static final Instant EMPTY_FEED_UPDATED = Instant.parse("2026-01-01T00:00:00Z");

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    String write(List<RegisterEntry> latestFirst) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "title", "Financial sanctions enforcement: public register");
            text(xml, "subtitle", "Monetary penalties and Disclosures released or amended by the authority");
            text(xml, "id", FEED_ID);
            text(xml, "updated", timestamp(latestFirst.isEmpty() ? EMPTY_FEED_UPDATED : latestFirst.get(0).recordedAt()));
            link(xml, "self", RegisterLinks.FEED, AtomFeed.MEDIA_TYPE.substring(0, AtomFeed.MEDIA_TYPE.indexOf(';')));
            link(xml, "alternate", RegisterLinks.INDEX, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", "Office of Financial Sanctions Implementation");
            xml.writeEndElement();
            for (RegisterEntry e : latestFirst) {
                entry(xml, e);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the register's feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, RegisterEntry e) throws XMLStreamException {
        PublicationContent c = e.publicContent();
        boolean amended = e.change() == RegisterEntry.Change.AMENDED;
        xml.writeStartElement("entry");
        text(xml, "id", FEED_ID + ":" + e.publicationId() + ":" + e.version());
        text(xml, "title", (amended ? "Amended: " : "") + c.title());
        text(xml, "updated", timestamp(e.recordedAt()));
        link(xml, "alternate", RegisterLinks.page(e.publicationId()), "text/html");
        xml.writeStartElement("category");
        xml.writeAttribute("term", c.kind().name());
        xml.writeAttribute("label", RegisterViews.kind(c.kind()));
        xml.writeEndElement();
        String when = (amended ? "Amended on " : "Released on ") + RegisterViews.day(e.changedOn()) + ".";
        String why = amended && e.reason() != null && !e.reason().isBlank() ? " " + e.reason() : "";
        text(xml, "summary", when + why + (c.text() == null || c.text().isBlank() ? "" : " " + c.text()));
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
