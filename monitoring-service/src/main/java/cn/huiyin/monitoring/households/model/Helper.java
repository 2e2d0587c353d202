package cn.huiyin.monitoring.households.model;

/** The cadre responsible for helping the household (帮扶责任人). */
public record Helper(String name, String unit) {
}
