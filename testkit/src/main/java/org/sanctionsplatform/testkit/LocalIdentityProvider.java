package org.sanctionsplatform.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in for the OpenID Connect provider, for tests and for the one-command embedded platform: it generates an
 * RSA signing key when it starts (nothing secret is ever written down), serves the public half as a JWKS on
 * localhost, and mints RS256 access tokens ({@code sub}, {@code name}, roles, {@code iss}, {@code aud}, {@code iat},
 * {@code nbf}, {@code exp}) that the services validate exactly as they validate a real provider's: through
 * micronaut-security-jwt against {@link #jwksUrl()}.
 *
 * <p>The JWKS is served by the JDK's own {@code com.sun.net.httpserver.HttpServer}: it is one static document on
 * the loopback interface, and the launcher and the tests must not start a Micronaut context (with its own
 * configuration, security and health) just to hand it out. Framework-free on purpose, so that nothing the services
 * do to validate a token is also what mints it.
 *
 * <p>It can also mint what an attacker would send (a token signed by another key under the same key id, an
 * unsigned {@code alg: none} token, an expired or not yet valid one) for the tests that prove they are refused.
 */
public final class LocalIdentityProvider implements AutoCloseable {

    /** The audience the tokens are for, unless told otherwise: the platform's API. */
    public static final String DEFAULT_AUDIENCE = "sanctions-enforcement-platform";
    public static final String ROLES_CLAIM = "roles";

    private static final Object LOCK = new Object();
    private static volatile LocalIdentityProvider shared;

    private final KeyPair signing;
    private final KeyPair forger;
    private final String keyId = UUID.randomUUID().toString();
    private final HttpServer server;
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalIdentityProvider(String audience, Clock clock) {
        this.audience = audience;
        this.clock = clock;
        this.signing = rsaKeyPair();
        this.forger = rsaKeyPair();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the identity provider's port on the loopback interface", e);
        }
        byte[] jwks = jwks().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks.json", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                out.write(jwks);
            }
        });
        server.start();
        issuer = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Starts a provider with a fresh key on a free loopback port. */
    public static LocalIdentityProvider start() {
        return new LocalIdentityProvider(DEFAULT_AUDIENCE, Clock.systemUTC());
    }

    /** One provider per test JVM, started on first use and stopped by a shutdown hook. */
    public static LocalIdentityProvider shared() {
        LocalIdentityProvider current = shared;
        if (current != null) {
            return current;
        }
        synchronized (LOCK) {
            if (shared == null) {
                LocalIdentityProvider started = start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "identity-provider-stop"));
                shared = started;
            }
            return shared;
        }
    }

    public String jwksUrl() {
        return issuer + "/jwks.json";
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    /**
     * What a service needs to trust this provider: {@code sep.security.jwks-url}, {@code sep.security.issuer} and
     * {@code sep.security.audience}.
     */
    public Map<String, String> serviceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sep.security.jwks-url", jwksUrl());
        properties.put("sep.security.issuer", issuer);
        properties.put("sep.security.audience", audience);
        return properties;
    }

    /** A person's valid token for {@code lifetime}. */
    public String token(String subject, String name, Duration lifetime, List<String> roles) {
        Instant now = clock.instant();
        return sign(signing, claims(subject, name, roles, now, now, now.plus(lifetime)));
    }

    /** {@link #serviceProperties()} and {@code more} (which wins), for a test's properties (text or objects). */
    @SuppressWarnings("unchecked")
    public <V> Map<String, V> serviceProperties(Map<String, V> more) {
        Map<String, V> properties = new LinkedHashMap<>();
        serviceProperties().forEach((key, value) -> properties.put(key, (V) value));
        properties.putAll(more);
        return properties;
    }

    /** A valid token for one hour, for a test user named after the role ({@code sub} {@code test-<role>}). */
    public String token(String... roles) {
        return token(testSubject(roles), testName(roles), Duration.ofHours(1), List.of(roles));
    }

    /** Looks like {@link #token(String...)}, same key id, but signed by a key the provider never published. */
    public String forgedToken(String... roles) {
        Instant now = clock.instant();
        return sign(forger, claims(testSubject(roles), testName(roles), List.of(roles), now, now, now.plus(Duration.ofHours(1))));
    }

    /** Correctly signed, but it expired a minute ago. */
    public String expiredToken(String... roles) {
        Instant now = clock.instant();
        return sign(signing, claims(testSubject(roles), testName(roles), List.of(roles), now.minus(Duration.ofHours(1)),
                now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(1))));
    }

    /** Correctly signed, but valid only from an hour from now. */
    public String notYetValidToken(String... roles) {
        Instant now = clock.instant();
        return sign(signing, claims(testSubject(roles), testName(roles), List.of(roles), now,
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2))));
    }

    /** The same claims with {@code "alg":"none"} and no signature (RFC 7519 §6, the unsecured JWT). */
    public String unsignedToken(String... roles) {
        Instant now = clock.instant();
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + base64Url(claims(testSubject(roles), testName(roles), List.of(roles), now, now,
                now.plus(Duration.ofHours(1)))) + ".";
    }

    /** A valid token from this provider, but for another audience (another application of the same provider). */
    public String tokenForAudience(String otherAudience, String... roles) {
        Instant now = clock.instant();
        String claims = claims(testSubject(roles), testName(roles), List.of(roles), now, now, now.plus(Duration.ofHours(1)))
                .replace("\"aud\":\"" + json(audience) + "\"", "\"aud\":\"" + json(otherAudience) + "\"");
        return sign(signing, claims);
    }

    /** The subject of {@link #token(String...)} for these roles. */
    public static String testSubject(String... roles) {
        return "test-" + String.join("+", roles).toLowerCase().replace('_', '-');
    }

    /** The name of {@link #token(String...)} for these roles. */
    public static String testName(String... roles) {
        return "Test " + String.join(" and ", roles).toLowerCase().replace('_', ' ');
    }

    private String claims(String subject, String name, List<String> roles, Instant issuedAt, Instant notBefore,
                          Instant expires) {
        StringBuilder rolesJson = new StringBuilder("[");
        for (int i = 0; i < roles.size(); i++) {
            rolesJson.append(i == 0 ? "" : ",").append('"').append(json(roles.get(i))).append('"');
        }
        rolesJson.append(']');
        return "{\"iss\":\"" + json(issuer) + "\",\"aud\":\"" + json(audience) + "\",\"sub\":\"" + json(subject)
                + "\",\"name\":\"" + json(name) + "\",\"" + ROLES_CLAIM + "\":" + rolesJson
                + ",\"iat\":" + issuedAt.getEpochSecond() + ",\"nbf\":" + notBefore.getEpochSecond()
                + ",\"exp\":" + expires.getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
    }

    private String sign(KeyPair key, String claims) {
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}") + "."
                + base64Url(claims);
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256(key.getPrivate(), signingInput));
    }

    private static byte[] rs256(PrivateKey key, String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing is not available in this JVM", e);
        }
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) signing.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}";
    }

    /** RFC 7518 §6.3.1: the modulus and exponent as unsigned big-endian base64url. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available in this JVM", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
        }
    }
}
