package cn.huiyin.bench.ceiling;

import java.net.URI;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/** Reads the call, inserts its document, answers 201: no validation, no counter, no event sent. */
class CeilingHandler {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final ReactiveMongoTemplate mongo;
    private final CeilingCall calls = new CeilingCall();

    CeilingHandler(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<ServerResponse> insert(ServerRequest request) {
        return request.bodyToMono(JSON)
                .map(calls::document)
                .flatMap(document -> mongo.insert(document, CeilingCall.COLLECTION))
                .flatMap(stored -> {
                    String id = stored.getString("_id");
                    return ServerResponse.created(URI.create("/ceiling/calls/" + id))
                            .bodyValue(Map.of("callId", id, "trackingNumber", stored.getString("trackingNumber")));
                });
    }
}
