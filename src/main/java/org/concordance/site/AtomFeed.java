package org.concordance.site;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.concordance.change.ChangeViews.ChangeView;
import org.concordance.change.ChangeViews.VersionView;

/**
 * An Atom 1.0 feed (RFC 4287) of corpus versions: one entry per version, listing what it changed
 * in the feed's scope (all, a measure type, an actor). Links are relative to the feed's own
 * address ({@code up}: the way from it to the site's root), so the same feed works on the
 * service, under a sub-path and in the static snapshot. Identifiers are name-based UUIDs of the
 * scope and the version: the same entry has the same id wherever it is served.
 */
final class AtomFeed {

    /** How many versions a feed holds, newest first. */
    static final int ENTRIES = 20;

    /** How many changes an entry lists before "and n more". */
    static final int CHANGES_PER_ENTRY = 50;

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One entry: a version, the changes it made in scope (the first of them) and how many there are. */
    record Entry(VersionView version, List<ChangeView> changes, long count, long added, long changed, long removed) {
    }

    private AtomFeed() {
    }

    /**
     * @param root  the site's root path, as links start with it
     * @param scope what the feed is about, for its id ({@code all}, {@code type:moratorium} ...)
     * @param up    the way from the feed's folder to the site's root ({@code ""}, {@code "../../"})
     * @param self  the feed's own file name, relative to its folder
     * @param page  the page the feed mirrors, relative to the site's root
     */
    static String write(Ui ui, String root, String scope, String title, String up, String self, String page, List<Entry> entries,
            OffsetDateTime fallbackUpdated) {
        scope = scope + " " + ui.lang();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", ui.lang());
            element(x, "id", id(scope, null));
            element(x, "title", title);
            OffsetDateTime updated = entries.isEmpty() ? fallbackUpdated : entries.get(0).version().importedAt();
            element(x, "updated", time(updated));
            x.writeStartElement("author");
            element(x, "name", ui.t("site.name"));
            x.writeEndElement();
            link(x, "self", self, "application/atom+xml");
            link(x, "alternate", up + page, "text/html");
            for (Entry e : entries) {
                VersionView v = e.version();
                x.writeStartElement("entry");
                element(x, "id", id(scope, v.version()));
                element(x, "title", ui.t("changes.feed.entry", v.version().substring(0, 12), e.added(), e.changed(), e.removed()));
                element(x, "updated", time(v.importedAt()));
                link(x, "alternate", up + "changes/" + v.version(), "text/html");
                x.writeStartElement("content");
                x.writeAttribute("type", "html");
                x.writeCharacters(html(ui, root, up, e));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        return out.toString();
    }

    /** The entry's content: the list of changes, as HTML (escaped once more by the XML writer). */
    private static String html(Ui ui, String root, String up, Entry e) {
        StringBuilder h = new StringBuilder("<ul>");
        for (ChangeView c : e.changes()) {
            h.append("<li>").append(escape(ui.t("change.change." + c.change().code()))).append(' ')
                    .append(escape(ui.t("change.kind." + c.kind().code()))).append(' ');
            String id = "<code>" + escape(c.id()) + "</code>";
            h.append(c.html() == null ? id : "<a href=\"" + escape(up + (c.html().startsWith(root) ? c.html().substring(root.length()) : c.html())) + "\">" + id + "</a>");
            if (!c.fields().isEmpty() && c.change() == org.concordance.change.ChangeKind.CHANGED) {
                h.append(": ");
                h.append(String.join("; ", c.fields().stream().map(f -> escape(ui.field(f.field())) + " "
                        + escape(ui.fieldValue(f.field(), f.before()) + " → " + ui.fieldValue(f.field(), f.after()))).toList()));
            }
            h.append("</li>");
        }
        h.append("</ul>");
        if (e.count() > e.changes().size()) {
            h.append("<p><a href=\"").append(escape(up + "changes/" + e.version().version())).append("\">")
                    .append(escape(ui.t("changes.feed.more", e.count() - e.changes().size()))).append("</a></p>");
        }
        return h.toString();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href.isEmpty() ? "./" : href);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    static String id(String scope, String version) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("concordance changes " + scope + (version == null ? "" : " " + version))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String time(OffsetDateTime t) {
        return t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
