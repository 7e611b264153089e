package nl.jeugdportaal.begrippen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.web.Html;
import nl.jeugdportaal.web.Taal;

/**
 * Links each glossary term in the visible text of a page's {@code <main>} to its entry, once per page (at
 * its first place where a link can go: a page full of links to the same word is hard to read and to tab
 * through; in the glossary, where a reader lands on one entry, once per entry: see {@value #EIGEN_BEGRIP}), so no template has to. It reads the rendered page as a stream of tags and text and only inserts the
 * links: every other character stays exactly as Qute wrote it. Text a person typed was escaped by
 * Qute and is never decoded here, so it stays escaped text.
 *
 * <p>No link where a link cannot or should not be: inside a link, a control or its label, a heading (a
 * screen reader's list of headings then reads as headings, and a heading is not a place to click), code,
 * script, style, svg, an element marked {@value #GEEN_BEGRIPPEN}, and not to the entry that the
 * text itself explains (an element with {@code data-eigen-begrip="id"}).
 */
public final class BegrippenLinker {
    public static final String GEEN_BEGRIPPEN = "data-geen-begrippen";
    private static final Set<String> GEEN_LINK = Set.of("a", "button", "label", "summary", "option", "select",
            "textarea", "input", "title", "script", "style", "svg", "code", "h1", "h2", "h3", "h4", "h5", "h6");
    /** A link this linker made before: linking a linked page again adds nothing. */
    private static final Pattern EERDER = Pattern.compile("\\sclass=\"begrip\" href=\"/begrippen#([^\"]*)\"");
    /** Elements whose content is not markup: read on to their end tag. */
    private static final Set<String> RUWE_TEKST = Set.of("script", "style", "textarea", "title");
    private static final Set<String> LEEG = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");
    private static final String EIGEN_BEGRIP = "data-eigen-begrip";
    private static final Pattern EIGEN = Pattern.compile("\\s" + EIGEN_BEGRIP + "=\"([^\"]*)\"");
    private static final BegrippenLinker STANDAARD = new BegrippenLinker(Begrippenlijst.standaard());

    private final Begrippenlijst lijst;

    /** {@code gelinkt}: the terms linked so far in this element's scope (the page, or one glossary entry). */
    private record Element(String naam, boolean geenLink, String eigen, Set<String> gelinkt) {
    }

    BegrippenLinker(Begrippenlijst lijst) {
        this.lijst = lijst;
    }

    public static BegrippenLinker standaard() {
        return STANDAARD;
    }

    /**
     * The page with its terms linked. {@code titel} tells where a link goes ("Uitleg in de
     * begrippenlijst"); on an English page a Dutch term gets {@code lang="nl"}, so a screen reader
     * says it in Dutch.
     */
    public String link(String html, Taal taal, String titel) {
        int begin = html.indexOf("<main");
        int eind = html.lastIndexOf("</main>");
        if (begin < 0 || eind < begin) {
            return html;
        }
        StringBuilder uit = new StringBuilder(html.length() + html.length() / 4);
        uit.append(html, 0, begin);
        String opening = "\" title=\"" + Html.escape(titel) + "\"";
        Deque<Element> open = new ArrayDeque<>();
        Set<String> gelinkt = new HashSet<>();
        int pos = begin;
        while (pos < eind) {
            int lt = html.indexOf('<', pos);
            if (lt < 0 || lt > eind) {
                lt = eind;
            }
            Element binnen = open.peek();
            if (binnen == null || binnen.geenLink()) {
                uit.append(html, pos, lt);
            } else {
                linkTermen(html, pos, lt, binnen.eigen(), taal, opening, binnen.gelinkt(), uit);
            }
            if (lt == eind) {
                break;
            }
            pos = verwerkTag(html, lt, eind, open, gelinkt, uit);
        }
        return uit.append(html, eind, html.length()).toString();
    }

    /** Copies the markup at {@code lt} and keeps track of the open elements; returns where the text goes on. */
    private static int verwerkTag(String html, int lt, int eind, Deque<Element> open, Set<String> gelinkt,
            StringBuilder uit) {
        if (html.startsWith("<!--", lt)) {
            int na = html.indexOf("-->", lt);
            int tot = na < 0 || na > eind ? eind : na + 3;
            uit.append(html, lt, tot);
            return tot;
        }
        boolean eindtag = lt + 1 < eind && html.charAt(lt + 1) == '/';
        int naamBegin = eindtag ? lt + 2 : lt + 1;
        int naamEind = naamBegin;
        while (naamEind < eind && (Character.isLetterOrDigit(html.charAt(naamEind)) || html.charAt(naamEind) == '-')) {
            naamEind++;
        }
        boolean isTag = naamEind > naamBegin && isAsciiLetter(html.charAt(naamBegin));
        int tagEind = isTag ? eindVanTag(html, naamEind, eind) : -1;
        if (tagEind < 0) {
            // A "<" that starts no tag is text; Qute never writes one, but a stray one must not stop the page.
            uit.append('<');
            return lt + 1;
        }
        uit.append(html, lt, tagEind);
        String naam = html.substring(naamBegin, naamEind).toLowerCase(Locale.ROOT);
        if (eindtag) {
            sluit(open, naam);
            return tagEind;
        }
        if (RUWE_TEKST.contains(naam)) {
            int sluit = indexVanEindtag(html, naam, tagEind, eind);
            uit.append(html, tagEind, sluit);
            return sluit;
        }
        if (!LEEG.contains(naam) && html.charAt(tagEind - 2) != '/') {
            Element ouder = open.peek();
            String attributen = html.substring(naamEind, tagEind - 1);
            Matcher eerder = naam.equals("a") ? EERDER.matcher(attributen) : null;
            Set<String> scope = ouder == null ? gelinkt : ouder.gelinkt();
            if (eerder != null && eerder.find()) {
                scope.add(eerder.group(1));
            }
            boolean geenLink = ouder != null && ouder.geenLink() || GEEN_LINK.contains(naam)
                    || attributen.contains(GEEN_BEGRIPPEN);
            String eigen = ouder == null ? null : ouder.eigen();
            if (attributen.contains(EIGEN_BEGRIP)) {
                Matcher m = EIGEN.matcher(attributen);
                eigen = m.find() ? m.group(1) : eigen;
                scope = new HashSet<>();
            }
            open.push(new Element(naam, geenLink, eigen, scope));
        }
        return tagEind;
    }

    /** Just after the {@code >} that ends the tag (a {@code >} inside a quoted value does not), or -1. */
    private static int eindVanTag(String html, int vanaf, int eind) {
        char quote = 0;
        for (int i = vanaf; i < eind; i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** An end tag closes its element and any element left open inside it; a stray end tag closes nothing. */
    private static void sluit(Deque<Element> open, String naam) {
        for (Element e : open) {
            if (e.naam().equals(naam)) {
                while (!open.pop().naam().equals(naam)) {
                    // the elements left open inside it end with it, as in a browser
                }
                return;
            }
        }
    }

    private static int indexVanEindtag(String html, String naam, int vanaf, int eind) {
        String zoek = "</" + naam;
        for (int i = html.indexOf("</", vanaf); i >= 0 && i < eind; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i, zoek, 0, zoek.length())) {
                return i;
            }
        }
        return eind;
    }

    private void linkTermen(String html, int van, int tot, String eigen, Taal taal, String opening, Set<String> gelinkt,
            StringBuilder uit) {
        int vanaf = van;
        Begrippenlijst.Treffer t = lijst.volgende(html, van, tot, taal);
        while (t != null) {
            Begrippenlijst.Treffer volgende = lijst.volgende(html, t.eind(), tot, taal);
            if (!t.begrip().id().equals(eigen) && gelinkt.add(t.begrip().id())) {
                uit.append(html, vanaf, t.begin()).append("<a class=\"begrip\" href=\"/begrippen#").append(t.begrip().id())
                        .append(opening).append(taal == Taal.EN && t.vorm().nederlands() ? " lang=\"nl\">" : ">")
                        .append(html, t.begin(), t.eind());
                vanaf = t.eind();
                if (volgende != null && tussenHaakjes(html, t, volgende, tot)) {
                    // "supervision order (OTS)", "Raad voor de Kinderbescherming (RvdK)": one link, not two side by side.
                    boolean andereTaal = taal == Taal.EN && volgende.vorm().nederlands() != t.vorm().nederlands();
                    uit.append(" (");
                    if (andereTaal) {
                        uit.append("<span lang=\"").append(volgende.vorm().nederlands() ? "nl" : "en").append("\">");
                    }
                    uit.append(html, volgende.begin(), volgende.eind()).append(andereTaal ? "</span>)" : ")");
                    vanaf = volgende.eind() + 1;
                    volgende = lijst.volgende(html, vanaf, tot, taal);
                }
                uit.append("</a>");
            }
            t = volgende;
        }
        uit.append(html, vanaf, tot);
    }

    /** Whether {@code tweede} is the same entry, right after {@code eerste} between brackets. */
    private static boolean tussenHaakjes(String html, Begrippenlijst.Treffer eerste, Begrippenlijst.Treffer tweede, int tot) {
        return tweede.begrip() == eerste.begrip() && tweede.begin() == eerste.eind() + 2 && html.startsWith(" (", eerste.eind())
                && tweede.eind() < tot && html.charAt(tweede.eind()) == ')';
    }
}
