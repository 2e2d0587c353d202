package cn.huiyin.privacy;

/**
 * A sealed value that cannot be opened: malformed, sealed under a key the ring no longer holds,
 * tampered with, or opened for another field or owner. Messages never carry the value itself.
 */
public class VaultException extends RuntimeException {

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
