package cn.huiyin.testkit.badinput;

/** One operation of a service's HTTP API: {@code POST /api/v1/calls}. */
public record Endpoint(String method, String path) implements Comparable<Endpoint> {

    @Override
    public int compareTo(Endpoint other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
