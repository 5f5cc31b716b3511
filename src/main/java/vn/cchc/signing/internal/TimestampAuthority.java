package vn.cchc.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/** An RFC 3161 time-stamping authority reached over HTTP: the trusted clock of a PAdES B-T signature. */
final class TimestampAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final URI url;
    private final int timeoutMillis;

    TimestampAuthority(URI url, int timeoutMillis) {
        this.url = url;
        this.timeoutMillis = timeoutMillis;
    }

    /** The DER-encoded time-stamp token over the SHA-256 of {@code signatureValue}. */
    byte[] timestamp(byte[] signatureValue) throws IOException {
        try {
            TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
            gen.setCertReq(true);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signatureValue);
            TimeStampRequest request = gen.generate(TSPAlgorithms.SHA256, digest, new BigInteger(64, RANDOM));
            HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            c.setDoOutput(true);
            c.setRequestMethod("POST");
            c.setRequestProperty("Content-Type", "application/timestamp-query");
            try (OutputStream out = c.getOutputStream()) {
                out.write(request.getEncoded());
            }
            if (c.getResponseCode() != 200) throw new IOException("TSA answered HTTP " + c.getResponseCode());
            byte[] body;
            try (InputStream in = c.getInputStream()) {
                body = in.readAllBytes();
            }
            TimeStampResponse response = new TimeStampResponse(body);
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException("TSA refused: " + response.getStatusString());
            }
            return response.getTimeStampToken().getEncoded();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Time-stamping failed: " + e.getMessage(), e);
        }
    }
}
