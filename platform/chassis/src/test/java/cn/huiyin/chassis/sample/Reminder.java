package cn.huiyin.chassis.sample;

import cn.huiyin.chassis.outbox.OutboxEvent;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(Reminder.COLLECTION)
public record Reminder(@Id String id, String countyCode, Instant deadline, List<OutboxEvent> outbox) {

    public static final String COLLECTION = "reminders";
}
