package cn.huiyin.chassis.web;

import cn.huiyin.chassis.errors.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The RFC 9457 body, with the {@code errors} extension of DESIGN.md section 6. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An RFC 9457 problem (application/problem+json)")
public record Problem(@Schema(example = "about:blank") String type, @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status, @Schema(example = "caller.phone must be a phone number") String detail,
        @Schema(example = "/api/v1/calls") String instance,
        @Schema(description = "each bad field of the request, for a 400 (or each rule that refused it, for a 422)")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
