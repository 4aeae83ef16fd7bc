package nl.regiobesluit.archive;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;

/**
 * A thin layer over StAX that indents (archivists read these files) and drops characters XML 1.0 cannot carry, so that
 * odd text from a repository never makes an invalid document. Writes straight to the stream: nothing is built in memory.
 */
final class IndentingXml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter w;
    private int depth;

    IndentingXml(OutputStream out) throws XMLStreamException {
        this.w = FACTORY.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
    }

    void root(String name, String namespace) throws XMLStreamException {
        w.writeCharacters("\n");
        w.setDefaultNamespace(namespace);
        w.writeStartElement(namespace, name);
        w.writeDefaultNamespace(namespace);
        depth = 1;
    }

    void attribute(String name, String value) throws XMLStreamException {
        w.writeAttribute(name, clean(value));
    }

    void start(String name) throws XMLStreamException {
        newline();
        w.writeStartElement(name);
        depth++;
    }

    void end() throws XMLStreamException {
        depth--;
        newline();
        w.writeEndElement();
    }

    /** A leaf element; nothing is written when {@code text} is null. */
    void leaf(String name, Object text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        newline();
        w.writeStartElement(name);
        w.writeCharacters(clean(text.toString()));
        w.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        StringBuilder b = new StringBuilder(1 + depth * 2).append('\n');
        for (int i = 0; i < depth; i++) {
            b.append("  ");
        }
        w.writeCharacters(b.toString());
    }

    @Override
    public void close() throws XMLStreamException {
        while (depth > 0) {
            end();
        }
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    /** Removes characters that are not allowed in XML 1.0 (control characters, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
