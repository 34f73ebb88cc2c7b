package org.concordance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;


import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps a copy of the bytes of an answer that missed the {@link ResponseCache}, as they are
 * written, when {@link CachingFilter} tagged it for the version served; the answer itself is
 * written as it would be without the cache.
 */
@Provider
public class ResponseCapture implements WriterInterceptor {

    @Inject
    ResponseCache cache;

    @Inject
    CurrentVertxRequest request;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        RoutingContext ctx = request.getCurrent();
        String key = ctx == null ? null : ctx.get(ResponseCache.KEY);
        Object tag = context.getProperty(CachingFilter.TAG);
        Object version = context.getProperty(CachingFilter.VERSION);
        if (key == null || !(version instanceof DataVersion.Version v) || !context.getHeaders().containsKey(HttpHeaders.ETAG)) {
            context.proceed();
            return;
        }
        Copy copy = new Copy(context.getOutputStream(), cache.maxEntry());
        // Once sent, the answer's headers are final (the content type the REST layer chose among them).
        ctx.addBodyEndHandler(ignored -> {
            if (copy.kept != null && ctx.response().getStatusCode() == 200) {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                ctx.response().headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new java.util.ArrayList<>())
                        .add(h.getValue()));
                cache.put(key, v.hash(), String.valueOf(tag), ResponseCache.keptHeaders(headers), copy.kept.toByteArray());
            }
        });
        context.setOutputStream(copy);
        context.proceed();
    }

    /** Writes through and keeps a copy, up to the largest answer the cache keeps (then keeps nothing). */
    private static final class Copy extends OutputStream {
        private final OutputStream out;
        private final long limit;
        private ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);

        Copy(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (kept != null) {
                kept.write(b);
                limit();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (kept != null) {
                kept.write(b, off, len);
                limit();
            }
        }

        private void limit() {
            if (kept.size() > limit) {
                kept = null;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
