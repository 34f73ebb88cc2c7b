package org.concordance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A generated table of malformed requests, every endpoint by every hostile value in its path and
 * in each parameter, by method and by header: none may get a 5xx, and every 4xx is a problem
 * detail ({@code application/problem+json}, or the HTML 404 page for a reader's browser) that
 * shows no stack trace, class name or file path. Runs on H2 and, in CI, on PostgreSQL (NUL bytes
 * and dates PostgreSQL cannot hold included).
 */
@QuarkusTest
class BadInputTest {

    static final List<String> PATHS = List.of("/api/documents", "/api/documents/{s}", "/api/documents/{s}/text", "/api/measures",
            "/api/measures/{s}", "/api/measures/{s}/coalition", "/api/measure-types", "/api/measure-types/{s}", "/api/actors",
            "/api/actors/{s}", "/api/actors/{s}/agreement/{s}", "/api/positions", "/api/signatures", "/api/compare",
            "/api/matrix", "/api/search", "/api/documents.csv", "/api/positions.csv", "/", "/measure-types/{s}",
            "/measures/{s}", "/documents/{s}", "/documents/{s}/text", "/actors/{s}", "/compare", "/matrix", "/search",
            "/about", "/zh/documents/{s}", "/en/measures/{s}", "/zh/compare", "/api/admin/corpus/import");

    static final List<String> PARAMETERS = List.of("page", "size", "sort", "from", "to", "language", "kind", "measure-type",
            "measure", "stance", "basis", "document", "actor", "holder", "q", "documents", "role");

    /** Raw (already URL-encoded where needed) hostile values. */
    static final List<String> VALUES = List.of("", "%20", "%00", "%00,%00", "%zz", "%", "a", "-1", "0", "99999999999999999999",
            "%2B5874898-01-01", "-4713-01-01", "2023-02-30", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "'%3B%20drop%20table%20document%3B--", "x".repeat(3000), "%E6%9A%82%E5%81%9C", "%E2%80%AE", "%F0%28%8C%28", "%C0%AF",
            "a,b,c,d,e", "fli-pause-letter", "fli-pause-letter,fli-pause-letter", "fli-pause-letter,idais-ditchley-statement,a,b,c",
            "-published", "--", "null", "true", "%5B%5D", "%7B%7D", "x%00.yaml",
            // raw characters a browser's address bar sends as they are, and raw UTF-8
            "|", "{}", "^", "[x]", "\"", "<b>", "`", "\\", "暂停", "\u0001", "\u007f", "a#b#c", "a;b=c");

    static final List<String> ACCEPTS = List.of("", " ", "*/*", "text/csv", "application/xml", ";;;", "text/html", "text/*;q=x",
            "application/json;q=0", "text/html;q=2");

    record Failure(String request, int status, String why) {
    }

    @Test
    void noMalformedRequestGetsA5xxOrLeaksInternals() throws Exception {
        List<Failure> failures = new ArrayList<>();
        int sent = 0;
        for (String path : PATHS) {
            for (String value : VALUES) {
                String p = path.replace("{s}", value.isEmpty() ? "x" : value);
                sent += check(failures, "GET", p, null);
                for (String parameter : PARAMETERS) {
                    if (parameter.hashCode() % 3 == Math.floorMod(value.hashCode(), 3) || path.contains("search") || path.contains("compare")) {
                        sent += check(failures, "GET", path.replace("{s}", "fli-pause-letter") + "?" + parameter + "=" + value, null);
                    }
                }
            }
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")) {
                sent += check(failures, method, path.replace("{s}", "fli-pause-letter"), null);
            }
            for (String accept : ACCEPTS) {
                sent += check(failures, "GET", path.replace("{s}", "fli-pause-letter"), Map.of("Accept", accept));
            }
            sent += check(failures, "GET", path.replace("{s}", "fli-pause-letter"), Map.of("If-None-Match", "\"\u00ff\""));
            sent += check(failures, "GET", path.replace("{s}", "fli-pause-letter"), Map.of("Accept-Language", ";;;q=z,%%"));
            sent += check(failures, "GET", path.replace("{s}", "fli-pause-letter"), Map.of("Host", "evil.example"));
            sent += check(failures, "GET", "http://evil.example" + path.replace("{s}", "fli-pause-letter"), null);
        }
        // A request target that is not a path at all is answered by the HTTP layer before any route
        // (a bare 404, as SECURITY.md says): only "no 5xx" is asked of it.
        for (String target : List.of("*", "x", "api/documents")) {
            List<Failure> bare = new ArrayList<>();
            sent += check(bare, "GET", target, null);
            bare.stream().filter(f -> f.status() >= 500 || f.status() == 0).forEach(failures::add);
        }
        for (String target : List.of("/api;x/admin/corpus/import", "/api/%61dmin/corpus/import",
                "/api/./admin/corpus/import", "/api/admin/../admin/corpus/import", "/zh/../api/admin/corpus/import", "/API/documents")) {
            sent += check(failures, "POST", target, Map.of("Authorization", "Bearer test-admin-token"));
            sent += check(failures, "GET", target, null);
        }
        assertTrue(sent >= 1000, "sent " + sent + " malformed requests");
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " requests answered badly");
    }

    /**
     * Sends one request as raw bytes over a socket, so that anything (a bad escape, a NUL, an empty
     * header) reaches the service exactly as written; a client library would refuse or repair it.
     */
    private int check(List<Failure> failures, String method, String path, Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", "localhost");
        if (headers != null) {
            h.putAll(headers);
        }
        h.put("Connection", "close");
        String request = method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " " + headers;
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        h.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        byte[] raw;
        try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            raw = socket.getInputStream().readAllBytes();
        } catch (java.io.IOException e) {
            failures.add(new Failure(request, 0, "no answer: " + e));
            return 1;
        }
        String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        String[] lines = (headEnd < 0 ? text : text.substring(0, headEnd)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        for (String line : lines) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                type = line.substring("content-type:".length()).strip();
            }
        }
        String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
        if (status >= 500) {
            failures.add(new Failure(request, status, "server error: " + body.substring(0, Math.min(200, body.length()))));
        } else if (status >= 400 && !method.equals("HEAD")) {
            boolean htmlPage = type.startsWith("text/html") && status == 404 && !path.startsWith("/api/");
            if (!type.startsWith(ApiProblem.MEDIA_TYPE) && !htmlPage) {
                failures.add(new Failure(request, status, "not a problem detail: '" + type + "' '"
                        + body.substring(0, Math.min(100, body.length())) + "'"));
            }
            for (String leak : List.of("Exception", "at org.", "at io.", "/work/", "/tmp/", ".java:", "org.hibernate", "SQL")) {
                if (body.contains(leak)) {
                    failures.add(new Failure(request, status, "leaks '" + leak + "'"));
                }
            }
        }
        return 1;
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL url;
}
