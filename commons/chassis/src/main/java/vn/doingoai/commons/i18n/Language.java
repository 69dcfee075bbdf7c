package vn.doingoai.commons.i18n;

import io.smallrye.common.vertx.ContextLocals;
import java.util.List;
import java.util.Locale;

/**
 * The languages people read the suite's messages in. Vietnamese when {@code Accept-Language}
 * prefers it, English otherwise: the codes beside the messages never change with the language.
 */
public enum Language {
    VI("vi"), EN("en");

    static final String CONTEXT_KEY = "doingoai.language";
    private static final List<String> TAGS = List.of("vi", "en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as written in {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /**
     * The caller's choice by RFC 4647 lookup over the header's ranges and weights; a header that
     * cannot be read, names only other languages or is absent means English.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return EN;
        }
        try {
            String chosen = Locale.lookupTag(Locale.LanguageRange.parse(header), TAGS);
            return "vi".equals(chosen) ? VI : EN;
        } catch (IllegalArgumentException unreadable) {
            return EN;
        }
    }

    /**
     * The language of a request: what {@code Accept-Language} asks for; without one, Vietnamese for
     * the clients named in {@code doingoai.i18n.vietnamese-clients} (the frontend's, by default) and
     * English for any other. The token is only peeked at for its {@code azp}: the language is no
     * matter of trust, and the token is checked on its own way.
     */
    public static Language forRequest(String acceptLanguage, String authorization) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            return fromAcceptLanguage(acceptLanguage);
        }
        String client = TokenPeek.authorisedParty(authorization);
        return client != null && vietnameseClients().contains(client) ? VI : EN;
    }

    private static volatile java.util.Set<String> vietnameseClients;

    private static java.util.Set<String> vietnameseClients() {
        java.util.Set<String> clients = vietnameseClients;
        if (clients == null) {
            clients = java.util.Set.copyOf(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValues("doingoai.i18n.vietnamese-clients", String.class)
                    .orElse(List.of("foreign-affairs-web")));
            vietnameseClients = clients;
        }
        return clients;
    }

    /** The language of the request being answered on this thread's Vert.x context; English outside one. */
    public static Language current() {
        try {
            return ContextLocals.<Language>get(CONTEXT_KEY).orElse(EN);
        } catch (UnsupportedOperationException | IllegalStateException notInARequest) {
            return EN;
        }
    }
}
