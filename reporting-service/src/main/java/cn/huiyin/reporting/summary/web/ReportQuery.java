package cn.huiyin.reporting.summary.web;

import cn.huiyin.chassis.web.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.reactive.function.server.ServerRequest;

/** The parameters every report endpoint takes; missing or malformed ones are a 400 naming each. */
public record ReportQuery(String region, LocalDate from, LocalDate to) {

    public static ReportQuery of(ServerRequest request) {
        FieldErrors errors = new FieldErrors();
        String region = request.queryParam("region").filter(value -> !value.isBlank()).orElse(null);
        errors.require("region", region);
        LocalDate from = date(request, "from", errors);
        LocalDate to = date(request, "to", errors);
        errors.throwIfAny();
        return new ReportQuery(region.strip(), from, to);
    }

    private static LocalDate date(ServerRequest request, String name, FieldErrors errors) {
        String value = request.queryParam(name).filter(v -> !v.isBlank()).orElse(null);
        if (value == null) {
            errors.add(name, "is required (an ISO date such as 2020-01-31)");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(name, "must be an ISO date such as 2020-01-31");
            return null;
        }
    }
}
