package cn.huiyin.reporting.instructions.model;

import java.time.Instant;

/** An addressee's answer to an instruction (办理情况): what was done, by which client, when. */
public record Answer(String text, String by, Instant at) {
}
