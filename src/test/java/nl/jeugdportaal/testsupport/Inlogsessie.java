package nl.jeugdportaal.testsupport;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person logging in through the real Keycloak login form, without a browser: it follows the
 * same redirects and posts the same form, so the portal sees a genuine code flow with PKCE.
 */
public final class Inlogsessie {
    public static final String WACHTWOORD = "Jeugdportaal-demo-1";
    private static final Pattern FORM_ACTIE = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"(csrf[^\"]*)\" value=\"([^\"]+)\"");
    /** quarkus-rest-csrf's default form field; the pages render it with {inject:csrf.parameterName}. */
    public static final String CSRF_VELD = "csrf-token";
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"" + CSRF_VELD + "\" value=\"([^\"]+)\"");

    private final String basis;
    private final CookieManager koekjes;
    private final HttpClient client;
    /** The token of the last portal page with a form, as a browser keeps it in that page. */
    private String csrfToken;

    private Inlogsessie(String basis) {
        this(basis, new CookieManager());
    }

    private Inlogsessie(String basis, CookieManager koekjes) {
        this(basis, koekjes, HttpClient.newBuilder()
                .cookieHandler(new ZonderSecureVlag(koekjes))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private Inlogsessie(String basis, CookieManager koekjes, HttpClient client) {
        this.basis = basis;
        this.koekjes = koekjes;
        this.client = client;
    }

    /**
     * The same browser (cookies and the last form's token) talking to another address of the
     * portal: one instance of a cluster directly, past the load balancer. Cookies do not care
     * about the port, so the session goes along.
     */
    public Inlogsessie via(String andereBasis) {
        Inlogsessie ander = new Inlogsessie(andereBasis, koekjes, client);
        ander.csrfToken = csrfToken;
        return ander;
    }

    public static Inlogsessie anoniem(String basis) {
        return new Inlogsessie(basis);
    }

    /** Logs in as a demo user; fails the test when the portal is not reached afterwards. */
    public static Inlogsessie als(String basis, String gebruiker) {
        Inlogsessie sessie = new Inlogsessie(basis);
        HttpResponse<String> pagina = sessie.volg(sessie.get(basis + "/start"));
        HttpResponse<String> na = sessie.login(pagina, gebruiker, WACHTWOORD);
        if (!na.uri().toString().startsWith(basis)) {
            throw new AssertionError("Inloggen als " + gebruiker + " bracht ons niet terug in het portaal: " + na.uri()
                    + "\n" + na.body());
        }
        return sessie;
    }

    /**
     * Logs in as a person with DigiD does: "Inloggen met DigiD" on the Keycloak page, the stand-in's
     * page with BSN and password, and the SAML forms a browser posts by itself in between.
     */
    public static Inlogsessie viaDigid(String basis, String bsn) {
        Inlogsessie sessie = new Inlogsessie(basis);
        HttpResponse<String> pagina = sessie.volg(sessie.get(basis + "/start"));
        Element knop = Jsoup.parse(pagina.body(), pagina.uri().toString()).selectFirst("a:contains(Inloggen met DigiD)");
        if (knop == null) {
            throw new AssertionError("Geen knop \"Inloggen met DigiD\" op " + pagina.uri() + ":\n" + pagina.body());
        }
        pagina = sessie.volg(sessie.get(knop.absUrl("href")));
        for (int stap = 0; stap < 6 && !pagina.uri().toString().startsWith(basis); stap++) {
            Document html = Jsoup.parse(pagina.body(), pagina.uri().toString());
            Element formulier = html.selectFirst("form");
            if (formulier == null) {
                throw new AssertionError("DigiD-login bleef steken op " + pagina.uri() + ":\n" + pagina.body());
            }
            Map<String, String> velden = new LinkedHashMap<>();
            formulier.select("input[type=hidden]").forEach(i -> velden.put(i.attr("name"), i.attr("value")));
            if (formulier.selectFirst("input[name=password]") != null) {
                velden.put("username", bsn);
                velden.put("password", WACHTWOORD);
            }
            String veldtekst = velden.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            pagina = sessie.volg(sessie.stuur(HttpRequest.newBuilder(URI.create(formulier.absUrl("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(veldtekst))));
        }
        if (!pagina.uri().toString().startsWith(basis)) {
            throw new AssertionError("DigiD-login met BSN " + bsn + " kwam niet terug in het portaal: " + pagina.uri());
        }
        return sessie;
    }

    /** Someone who copied this session's cookies, as the security review did: a second client, same cookies. */
    public Inlogsessie kopieVanDeCookies() {
        Inlogsessie kopie = new Inlogsessie(basis);
        URI portaal = URI.create(basis);
        koekjes.getCookieStore().get(portaal).forEach(c -> kopie.koekjes.getCookieStore().add(portaal, c));
        return kopie;
    }

    /** Submits the Keycloak login form on the given page and follows where it leads. */
    public HttpResponse<String> login(HttpResponse<String> loginPagina, String gebruiker, String wachtwoord) {
        Matcher m = FORM_ACTIE.matcher(loginPagina.body());
        if (!m.find()) {
            throw new AssertionError("Geen inlogformulier op " + loginPagina.uri() + ":\n" + loginPagina.body());
        }
        String actie = m.group(1).replace("&amp;", "&");
        String formulier = "username=" + enc(gebruiker) + "&password=" + enc(wachtwoord) + "&credentialId=";
        return volg(stuur(HttpRequest.newBuilder(URI.create(actie))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier))));
    }

    public HttpResponse<String> open(String pad) {
        return volg(get(basis + pad));
    }

    /**
     * Posts a URL-encoded form as a browser would, with the CSRF token taken from the page the form
     * was on, and follows where the portal sends us. {@code velden} are name, value pairs; a name may repeat.
     */
    public HttpResponse<String> verstuur(HttpResponse<String> formulierpagina, String actie, String... velden) {
        Matcher token = CSRF.matcher(formulierpagina.body());
        if (!token.find()) {
            throw new AssertionError("Geen CSRF-token op " + formulierpagina.uri() + ":\n" + formulierpagina.body());
        }
        StringBuilder formulier = new StringBuilder(enc(token.group(1)) + "=" + enc(token.group(2)));
        for (int i = 0; i < velden.length; i += 2) {
            formulier.append('&').append(enc(velden[i])).append('=').append(enc(velden[i + 1]));
        }
        return volg(stuur(HttpRequest.newBuilder(URI.create(basis + actie))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier.toString()))));
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> bytes(String pad) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(basis + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts exactly these fields (URL-encoded) and does not follow the answer: for asserting a 303 or 400. */
    public HttpResponse<String> postOnbewerkt(String pad, Map<String, String> velden) {
        String formulier = velden.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)));
    }

    /** Chooses English with the switch in the page header, as a person does; the portal remembers it. */
    public Inlogsessie inHetEngels() {
        volg(get(basis + "/taal/en?terug=/"));
        return this;
    }

    /** One GET of {@code pad} with extra headers, as a load balancer in front of the portal sends it. */
    public HttpResponse<String> stuurMetKop(String pad, Map<String, String> koppen) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad)).GET();
        koppen.forEach(verzoek::header);
        return stuur(verzoek);
    }

    /** One request, redirects not followed: for asserting where the portal sends someone. */
    public HttpResponse<String> get(String url) {
        return stuur(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /**
     * Sends a form as the browser does: with the CSRF token of the last form page this session
     * opened (so open that page first), then follows the redirect. A field in {@code velden} wins,
     * so a test can send a wrong token.
     */
    public HttpResponse<String> post(String pad, Map<String, String> velden) {
        if (csrfToken == null) {
            throw new AssertionError("Open eerst de pagina met het formulier: er is nog geen CSRF-token.");
        }
        Map<String, String> alle = new LinkedHashMap<>();
        alle.put(CSRF_VELD, csrfToken);
        alle.putAll(velden);
        return postZonderToken(pad, alle);
    }

    /** Sends exactly these fields, as a form on another site would: without the page's CSRF token. */
    public HttpResponse<String> postZonderToken(String pad, Map<String, String> velden) {
        return volg(postOnbewerkt(pad, velden));
    }

    public HttpResponse<String> volg(HttpResponse<String> antwoord) {
        HttpResponse<String> huidig = antwoord;
        for (int stap = 0; stap < 15 && huidig.statusCode() / 100 == 3; stap++) {
            String locatie = huidig.headers().firstValue("Location").orElseThrow();
            huidig = get(huidig.uri().resolve(locatie).toString());
        }
        return huidig;
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            HttpResponse<String> antwoord = client.send(verzoek.header("Accept-Language", "nl").build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF_TOKEN.matcher(antwoord.body());
            if (antwoord.uri().toString().startsWith(basis) && token.find()) {
                csrfToken = token.group(1);
            }
            return antwoord;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keycloak marks its login cookies Secure. Browsers send those to http://127.0.0.1 (a secure
     * context); Java's CookieManager does not, so we drop the flag, as a browser would behave here.
     */
    private static final class ZonderSecureVlag extends CookieHandler {
        private final CookieHandler binnen;

        ZonderSecureVlag(CookieHandler binnen) {
            this.binnen = binnen;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return binnen.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> zonder = new HashMap<>();
            headers.forEach((naam, waarden) -> zonder.put(naam, naam != null && naam.equalsIgnoreCase("Set-Cookie")
                    ? waarden.stream().map(w -> w.replaceAll("(?i);\\s*Secure", "")).toList()
                    : waarden));
            binnen.put(uri, zonder);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
