package cn.huiyin.local.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The locally signed key pair that stands in for the province's identity provider on developer
 * machines and in tests. Keys are PEM files: the services read the public one
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}).
 */
public record JwtKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    public static final String PUBLIC_FILE = "jwt-public.pem";
    public static final String PRIVATE_FILE = "jwt-private.pem";

    public static JwtKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new JwtKeys((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Loads the pair from a directory, creating it on first use. */
    public static JwtKeys loadOrCreate(Path directory) {
        Path publicFile = directory.resolve(PUBLIC_FILE);
        Path privateFile = directory.resolve(PRIVATE_FILE);
        try {
            if (Files.exists(publicFile) && Files.exists(privateFile)) {
                OwnerOnlyFiles.narrow(privateFile);
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new JwtKeys(
                        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(pem(publicFile))),
                        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(privateFile))));
            }
            JwtKeys keys = generate();
            keys.writeTo(directory);
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key pair in " + directory, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Files.deleteIfExists(privateFile);
        OwnerOnlyFiles.create(privateFile, pem("PRIVATE KEY", privateKey.getEncoded()));
        Path publicFile = directory.resolve(PUBLIC_FILE);
        Files.writeString(publicFile, pem("PUBLIC KEY", publicKey.getEncoded()));
        return publicFile;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] pem(Path file) throws IOException {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
