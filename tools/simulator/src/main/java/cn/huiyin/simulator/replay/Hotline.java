package cn.huiyin.simulator.replay;

import cn.huiyin.simulator.http.Api;
import cn.huiyin.simulator.http.IfAnswerLost;
import cn.huiyin.simulator.scenario.CallPlan;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/** The hotline's call-centre software: posts each call as the operator records it and keeps the tracking number. */
final class Hotline {

    private final Api api;
    private final URI calls;
    private final String token;
    private final Ledger ledger;
    private final double rate;
    private final long started = System.nanoTime();
    private final AtomicLong sent = new AtomicLong();
    final AtomicLong done = new AtomicLong();

    Hotline(Api api, URI intake, String token, Ledger ledger, double rate) {
        this.api = api;
        this.calls = intake.resolve("/api/v1/calls");
        this.token = token;
        this.ledger = ledger;
        this.rate = rate;
    }

    /** Posts the call; returns its tracking number when it was transferred to a county, else null. */
    String post(CallPlan call) {
        pace();
        try {
            // intake takes a call once per externalId and answers a repeat with the first receipt
            Api.Answer answer = api.post(calls, token, body(call), IfAnswerLost.resend());
            if (answer.status() == 201 || (answer.status() == 200 && answer.retried())) {
                ledger.callsAccepted.incrementAndGet();
                ledger.callAccepted(call);
                JsonNode receipt = answer.body();
                boolean transferred = receipt.path("disposition").asString().equals("TRANSFER");
                if (!transferred) {
                    ledger.answered.incrementAndGet();
                    return null;
                }
                ledger.cases.incrementAndGet();
                return receipt.path("trackingNumber").asString();
            }
            if (answer.status() == 200) {
                // taken in an earlier run with this run id: already counted in the reports
                ledger.callsKnown.incrementAndGet();
            } else {
                ledger.callsRejected.incrementAndGet();
                System.err.println("call " + call.externalId() + " refused: " + answer.problem());
            }
            return null;
        } finally {
            done.incrementAndGet();
        }
    }

    private void pace() {
        if (rate <= 0) {
            return;
        }
        long n = sent.getAndIncrement();
        long due = started + (long) (n * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, Object> body(CallPlan call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", call.externalId());
        body.put("receivedAt", call.receivedAt().toString());
        body.put("channel", call.channel());
        body.put("type", call.type());
        Map<String, Object> caller = new LinkedHashMap<>();
        caller.put("name", call.caller().name());
        caller.put("phone", call.caller().phone());
        if (call.caller().idNumber() != null) {
            caller.put("idNumber", call.caller().idNumber());
        }
        body.put("caller", caller);
        body.put("regionCode", call.regionCode());
        if (call.categories() != null) {
            body.put("categories", call.categories());
        }
        body.put("content", call.content());
        body.put("urgent", false);
        return body;
    }
}
