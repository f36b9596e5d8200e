package io.blastwatch.http;

/** A request that cannot be answered, with the HTTP status that says why. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
