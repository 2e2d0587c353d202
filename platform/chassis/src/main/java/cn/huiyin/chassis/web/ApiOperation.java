package cn.huiyin.chassis.web;

import static org.springdoc.core.fn.builders.apiresponse.Builder.responseBuilder;
import static org.springdoc.core.fn.builders.arrayschema.Builder.arraySchemaBuilder;
import static org.springdoc.core.fn.builders.content.Builder.contentBuilder;
import static org.springdoc.core.fn.builders.exampleobject.Builder.exampleOjectBuilder;
import static org.springdoc.core.fn.builders.parameter.Builder.parameterBuilder;
import static org.springdoc.core.fn.builders.requestbody.Builder.requestBodyBuilder;
import static org.springdoc.core.fn.builders.schema.Builder.schemaBuilder;
import static org.springdoc.core.fn.builders.securityrequirement.Builder.securityRequirementBuilder;

import io.swagger.v3.oas.annotations.enums.ParameterIn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springdoc.core.fn.builders.operation.Builder;

/**
 * The OpenAPI description of one functional route, written where the route is declared:
 * {@code SpringdocRouteBuilder.route().POST("/api/v1/calls", calls::create, ApiOperation.of("createCall", "...")
 * .scope(Scopes.CALLS_WRITE).body(CallRequest.class, EXAMPLE).answers(201, "...", CallReceipt.class).problems(400))}.
 * Every operation needs a bearer token, so 401 and 403 are always documented.
 */
public final class ApiOperation implements Consumer<Builder> {

    public static final String BEARER = "bearer";
    public static final String JSON = "application/json";

    private static final Map<Integer, String> PROBLEMS = Map.of(
            400, "the request is malformed or a field is wrong: `errors[]` names each bad field",
            401, "no bearer token, or one that is expired, forged or minted for another system",
            403, "the token lacks the scope this operation needs",
            404, "nothing of that id within the regions of the token (another region's data is answered so too)",
            409, "the current state does not allow this, or the version read is stale",
            413, "the body is over this operation's size limit",
            415, "the body is not `application/json`",
            422, "the request is well formed but the rules refuse it: `errors[]` names each rule");

    private final String operationId;
    private final String summary;
    private final List<List<String>> scopes = new ArrayList<>();
    private final List<Consumer<Builder>> parts = new ArrayList<>();
    private final Map<Integer, String> problems = new LinkedHashMap<>();
    private String description = "";
    private String tag;

    private ApiOperation(String operationId, String summary) {
        this.operationId = operationId;
        this.summary = summary;
        problems.put(401, PROBLEMS.get(401));
        problems.put(403, PROBLEMS.get(403));
    }

    public static ApiOperation of(String operationId, String summary) {
        return new ApiOperation(operationId, summary);
    }

    public ApiOperation description(String text) {
        description = text;
        return this;
    }

    public ApiOperation tag(String name) {
        tag = name;
        return this;
    }

    /** The scope a token needs for this operation. */
    public ApiOperation scope(String scope) {
        scopes.add(List.of(scope));
        return this;
    }

    /** Scopes of which a token needs any one. */
    public ApiOperation anyScope(String... alternatives) {
        for (String scope : alternatives) {
            scope(scope);
        }
        return this;
    }

    public ApiOperation pathVariable(String name, String description, String example) {
        return parameter(ParameterIn.PATH, name, description, example, true);
    }

    /** An optional query parameter. */
    public ApiOperation query(String name, String description, String example) {
        return query(name, description, example, false);
    }

    public ApiOperation query(String name, String description, String example, boolean required) {
        return parameter(ParameterIn.QUERY, name, description, example, required);
    }

    /** An optional whole-number query parameter ({@code page}, {@code size}). */
    public ApiOperation queryNumber(String name, String description, int example) {
        parts.add(op -> op.parameter(parameterBuilder().in(ParameterIn.QUERY).name(name).required(false)
                .description(description).example(String.valueOf(example)).implementation(Integer.class)));
        return this;
    }

    /** An optional request header. */
    public ApiOperation header(String name, String description, String example) {
        return parameter(ParameterIn.HEADER, name, description, example, false);
    }

    private ApiOperation parameter(ParameterIn in, String name, String description, String example,
            boolean required) {
        // springdoc reads an example as JSON: quoted, a code such as 520526 stays text
        String quoted = "\"" + example.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        parts.add(op -> op.parameter(parameterBuilder().in(in).name(name).required(required)
                .description(description).example(quoted).implementation(String.class)));
        return this;
    }

    /** A JSON body read as {@code schema}, with a valid example (JSON text). */
    public ApiOperation body(Class<?> schema, String example) {
        parts.add(op -> op.requestBody(requestBodyBuilder().required(true).content(contentBuilder().mediaType(JSON)
                .schema(schemaBuilder().implementation(schema))
                .example(exampleOjectBuilder().name("example").value(example)))));
        return this;
    }

    /** A body that is not JSON (a CSV file), described in words, with a valid example. */
    public ApiOperation body(String mediaType, String description, String example) {
        parts.add(op -> op.requestBody(requestBodyBuilder().required(true).description(description)
                .content(contentBuilder().mediaType(mediaType).schema(schemaBuilder().type("string"))
                        .example(exampleOjectBuilder().name("example").value(example)))));
        return this;
    }

    /** A success answer with a JSON body. */
    public ApiOperation answers(int status, String description, Class<?> schema) {
        parts.add(op -> op.response(responseBuilder().responseCode(String.valueOf(status)).description(description)
                .content(contentBuilder().mediaType(JSON).schema(schemaBuilder().implementation(schema)))));
        return this;
    }

    /** A success answer with a JSON list of {@code item}. */
    public ApiOperation answersList(int status, String description, Class<?> item) {
        parts.add(op -> op.response(responseBuilder().responseCode(String.valueOf(status)).description(description)
                .content(contentBuilder().mediaType(JSON)
                        .array(arraySchemaBuilder().schema(schemaBuilder().implementation(item))))));
        return this;
    }

    /** A success answer that is a document (HTML, a workbook). */
    public ApiOperation answers(int status, String description, String mediaType) {
        parts.add(op -> op.response(responseBuilder().responseCode(String.valueOf(status)).description(description)
                .content(contentBuilder().mediaType(mediaType)
                        .schema(schemaBuilder().type("string").format(mediaType.startsWith("text/") ? "" : "binary")))));
        return this;
    }

    /** The problems this operation may answer with, beyond 401 and 403, in the standard words. */
    public ApiOperation problems(int... statuses) {
        for (int status : statuses) {
            problem(status, PROBLEMS.get(status));
        }
        return this;
    }

    /** A problem this operation may answer with, in its own words. */
    public ApiOperation problem(int status, String description) {
        problems.put(status, description);
        return this;
    }

    @Override
    public void accept(Builder op) {
        op.operationId(operationId).summary(summary).description(withScopes(description));
        if (tag != null) {
            op.tag(tag);
        }
        scopes.forEach(required -> op.security(securityRequirementBuilder().name(BEARER)
                .scopes(required.toArray(String[]::new))));
        parts.forEach(part -> part.accept(op));
        problems.forEach((status, why) -> op.response(responseBuilder().responseCode(String.valueOf(status))
                .description(why).content(contentBuilder().mediaType(Problem.MEDIA_TYPE)
                        .schema(schemaBuilder().implementation(Problem.class)))));
    }

    private String withScopes(String text) {
        if (scopes.isEmpty()) {
            throw new IllegalStateException(operationId + " names no scope");
        }
        String needs = "Needs a bearer token with the scope " + String.join(" or ",
                scopes.stream().map(s -> "`" + String.join(" ", s) + "`").toList())
                + " and the region of the data in its `regions` claim.";
        return text.isEmpty() ? needs : text + "\n\n" + needs;
    }
}
